package org.gan4j.api.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Tensor;

/**
 * One unit of work to compile: the writes it makes and the values it returns, as one native call.
 *
 * @param name a name for errors and profiles, for example {@code "discriminator"}
 * @param assignments writes, applied together after every fetched value and every assigned value is computed
 * @param fetches values returned by each run, by name, in this map's iteration order; they see the variables as
 *     they were before the writes
 * @since 0.1
 */
@Stable
public record StepDefinition(String name, List<Assignment> assignments, Map<String, Tensor> fetches) {
    /** Copies the parts. */
    public StepDefinition {
        Objects.requireNonNull(name, "name");
        assignments = List.copyOf(assignments);
        fetches = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fetches));
    }
}
