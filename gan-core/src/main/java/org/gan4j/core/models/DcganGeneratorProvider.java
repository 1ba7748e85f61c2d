package org.gan4j.core.models;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Generator;
import org.gan4j.api.spi.GeneratorProvider;
import org.gan4j.api.tensor.Shape;

/** Provides {@link DcganGenerator} as {@value #ID}; settings in {@link DcganParameters}. */
public final class DcganGeneratorProvider implements GeneratorProvider {
    /** The id. */
    public static final String ID = "dcgan";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "convolutional generator of TensorFlow's DCGAN tutorial, for grey or colour images, one more "
                + "stride-2 layer per doubling above 32 pixels "
                + "(after Radford, Metz and Chintala 2016)";
    }

    @Override
    public Generator create(Shape sampleShape, Hyperparameters hyperparameters) {
        return new DcganGenerator(sampleShape, DcganParameters.forGenerator(hyperparameters));
    }
}
