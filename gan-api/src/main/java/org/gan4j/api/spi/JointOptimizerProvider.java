package org.gan4j.api.spi;

import org.gan4j.api.Experimental;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.JointOptimizer;

/**
 * Creates a {@link JointOptimizer}; found by {@link java.util.ServiceLoader} under this interface's name. Its id
 * shares one namespace with {@link OptimizerProvider}s: users pick either with {@code --optimizer}.
 *
 * @since 0.1
 */
@Experimental
public interface JointOptimizerProvider extends Provider {
    /**
     * @param hyperparameters the user's settings; keys this provider does not know are an error
     * @return a new joint optimizer
     * @throws org.gan4j.api.param.InvalidHyperparameterException naming the key, the value and what is allowed
     */
    JointOptimizer create(Hyperparameters hyperparameters);
}
