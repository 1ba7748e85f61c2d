package org.gan4j.core.models;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.spi.DiscriminatorProvider;
import org.gan4j.api.tensor.Shape;

/** Provides {@link SnganDiscriminator} as {@value #ID}; settings in {@link SnganDiscriminatorParameters}. */
public final class SnganDiscriminatorProvider implements DiscriminatorProvider {
    /** The id. */
    public static final String ID = "sngan";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "ResNet discriminator of SNGAN for 32 × 32 (CIFAR-10), 48 × 48 (STL-10) or 64 × 64 images; "
                + "with --regularizer spectral-norm it is the paper's (Miyato, Kataoka, Koyama and Yoshida 2018)";
    }

    @Override
    public Discriminator create(Shape sampleShape, Hyperparameters hyperparameters) {
        return new SnganDiscriminator(sampleShape, SnganDiscriminatorParameters.from(hyperparameters, sampleShape));
    }
}
