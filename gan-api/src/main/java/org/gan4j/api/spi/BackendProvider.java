package org.gan4j.api.spi;

import org.gan4j.api.Stable;
import org.gan4j.api.param.Hyperparameters;

/**
 * Creates a {@link Backend}; found by {@link java.util.ServiceLoader}. When the user names no backend, the one
 * of highest {@link #priority()} is used.
 *
 * @since 0.1
 */
@Stable
public interface BackendProvider extends Provider {
    /**
     * @param hyperparameters backend settings (thread counts, say); unknown keys are an error
     * @return the backend
     */
    Backend create(Hyperparameters hyperparameters);
}
