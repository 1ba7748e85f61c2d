package org.gan4j.api.spi;

import java.util.Set;
import org.gan4j.api.Stable;

/**
 * A step compiled by {@link Computation#compile}, ready to be run many times.
 *
 * @since 0.1
 */
@Stable
public interface CompiledStep {
    /** @return the name it was defined with */
    String name();

    /** @return the names of the values each run returns */
    Set<String> fetchNames();

    /**
     * What the backend fused: each kernel that replaces several of the step's ops, and what it updates, such as
     * {@code ApplyAdam D_dense0_W}. A backend reports its fusions here so that a caller (and a test) sees when one
     * stops happening; the default is none.
     *
     * @return one line per fused kernel
     */
    default java.util.List<String> fusions() {
        return java.util.List.of();
    }
}
