package org.gan4j.losses.regularizers;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.spi.RegularizerProvider;

/** Provides weight clipping; setting {@code c} as {@value #ID}. */
public final class WeightClippingProvider implements RegularizerProvider {
    /** The id. */
    public static final String ID = "clip";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "clip every discriminator weight to [-c, c] after each update (Arjovsky et al. 2017)";
    }

    @Override
    public Regularizer create(Hyperparameters hyperparameters) {
        return new WeightClipping(WeightClippingParameters.from(hyperparameters));
    }
}
