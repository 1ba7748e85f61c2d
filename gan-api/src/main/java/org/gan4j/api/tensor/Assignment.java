package org.gan4j.api.tensor;

import java.util.Objects;
import org.gan4j.api.Stable;

/**
 * "Set {@code target} to {@code value}": one write of a compiled step.
 *
 * <p>All assignments of a step take effect together, after every value of the step has been computed, so an
 * update rule never sees a half-updated model.
 *
 * @param target the variable to write
 * @param value its new value, of the same shape and type
 * @since 0.1
 */
@Stable
public record Assignment(Variable target, Tensor value) {
    /** Checks that both parts are present. */
    public Assignment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(value, "value");
    }
}
