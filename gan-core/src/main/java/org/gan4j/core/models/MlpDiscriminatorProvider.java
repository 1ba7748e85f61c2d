package org.gan4j.core.models;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.spi.DiscriminatorProvider;
import org.gan4j.api.tensor.Shape;

/** Provides {@link MlpDiscriminator} as {@value #ID}; settings in {@link MlpDiscriminatorParameters}. */
public final class MlpDiscriminatorProvider implements DiscriminatorProvider {
    /** The id. */
    public static final String ID = "mlp";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "multilayer perceptron discriminator (Goodfellow et al. 2014); pack=m judges m samples together "
                + "(PacGAN, Lin et al. 2018)";
    }

    @Override
    public Discriminator create(Shape sampleShape, Hyperparameters hyperparameters) {
        return new MlpDiscriminator(sampleShape, MlpDiscriminatorParameters.from(hyperparameters));
    }
}
