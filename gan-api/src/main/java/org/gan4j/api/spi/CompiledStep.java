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
}
