package org.gan4j.losses.regularizers;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.spi.RegularizerProvider;

/** Provides the two-sided gradient penalty of WGAN-GP; setting {@code lambda} as {@value #ID}. */
public final class GradientPenaltyProvider implements RegularizerProvider {
    /** The id. */
    public static final String ID = "gp";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "two-sided gradient penalty, lambda (E(|grad D(x_hat)| - 1)^2) (Gulrajani et al. 2017)";
    }

    @Override
    public Regularizer create(Hyperparameters hyperparameters) {
        return new GradientPenalty(GradientPenaltyParameters.from(ID, hyperparameters), false);
    }
}
