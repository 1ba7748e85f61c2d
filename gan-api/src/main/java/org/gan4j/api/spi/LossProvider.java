package org.gan4j.api.spi;

import org.gan4j.api.Stable;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Loss;

/**
 * Creates a {@link Loss}; found by {@link java.util.ServiceLoader} under this interface's name.
 *
 * @since 0.1
 */
@Stable
public interface LossProvider extends Provider {
    /**
     * @param hyperparameters the user's settings; keys this provider does not know are an error
     * @return a new loss
     * @throws org.gan4j.api.param.InvalidHyperparameterException naming the key, the value and what is allowed
     */
    Loss create(Hyperparameters hyperparameters);
}
