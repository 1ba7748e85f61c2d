package org.gan4j.api.role;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Tensor;

/**
 * The writes one optimizer step makes, and the scalars it wants reported.
 *
 * <p>Every assignment's value is computed from the values of the step's start; the backend applies them all
 * together afterwards (see {@link org.gan4j.api.spi.Computation#compile}). An update rule is therefore a pure
 * function of the current parameters, gradients and state, which keeps it free of read/write races.
 *
 * @param assignments new values of parameters and of the optimizer's own state variables
 * @param metrics scalars to report to listeners under these names (for example {@code "beta_mean"}), in this
 *     map's iteration order
 * @since 0.1
 */
@Stable
public record UpdatePlan(List<Assignment> assignments, Map<String, Tensor> metrics) {
    /** Copies both parts. */
    public UpdatePlan {
        assignments = List.copyOf(Objects.requireNonNull(assignments, "assignments"));
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(metrics, "metrics")));
    }

    /**
     * @param assignments the writes
     * @return a plan that reports nothing
     */
    public static UpdatePlan of(List<Assignment> assignments) {
        return new UpdatePlan(assignments, Map.of());
    }
}
