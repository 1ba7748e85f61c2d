package org.gan4j.core.models;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.spi.DiscriminatorProvider;
import org.gan4j.api.tensor.Shape;

/** Provides {@link DcganDiscriminator} as {@value #ID}; settings in {@link DcganParameters}. */
public final class DcganDiscriminatorProvider implements DiscriminatorProvider {
    /** The id. */
    public static final String ID = "dcgan";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "convolutional discriminator of TensorFlow's DCGAN tutorial, for grey or colour images, one "
                + "more stride-2 layer per doubling above 32 pixels "
                + "(after Radford, Metz and Chintala 2016)";
    }

    @Override
    public Discriminator create(Shape sampleShape, Hyperparameters hyperparameters) {
        return new DcganDiscriminator(sampleShape, DcganParameters.forDiscriminator(hyperparameters));
    }
}
