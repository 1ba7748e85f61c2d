package org.gan4j.api.spi;

import org.gan4j.api.Experimental;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Augmentation;
import org.gan4j.api.tensor.Shape;

/**
 * Creates an {@link Augmentation} for samples of a given shape; found by {@link java.util.ServiceLoader} under this
 * interface's name. Users choose one with {@code --augment id[:key=value,...]}.
 *
 * @since 0.1
 */
@Experimental
public interface AugmentationProvider extends Provider {
    /**
     * @param sampleShape the shape of one sample, without the batch dimension: [height, width, channels] for images
     * @param hyperparameters the user's settings; keys this provider does not know are an error
     * @return a new augmentation
     * @throws org.gan4j.api.GanException naming the shape when it cannot transform such samples (2-D points, say)
     * @throws org.gan4j.api.param.InvalidHyperparameterException naming the key, the value and what is allowed
     */
    Augmentation create(Shape sampleShape, Hyperparameters hyperparameters);
}
