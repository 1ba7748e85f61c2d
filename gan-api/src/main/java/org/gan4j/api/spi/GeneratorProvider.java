package org.gan4j.api.spi;

import org.gan4j.api.Stable;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Generator;
import org.gan4j.api.tensor.Shape;

/**
 * Creates a {@link Generator} architecture for samples of a given shape; found by {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
@Stable
public interface GeneratorProvider extends Provider {
    /**
     * @param sampleShape the shape of one sample, without the batch dimension
     * @param hyperparameters the user's settings (widths, activations); unknown keys are an error
     * @return a new generator whose variables are not created yet
     * @throws org.gan4j.api.param.InvalidHyperparameterException naming the key, the value and what is allowed
     */
    Generator create(Shape sampleShape, Hyperparameters hyperparameters);
}
