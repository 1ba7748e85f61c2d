package org.gan4j.losses.regularizers;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.spi.RegularizerProvider;

/** Provides the one-sided gradient penalty of WGAN-LP; setting {@code lambda} as {@value #ID}. */
public final class OneSidedGradientPenaltyProvider implements RegularizerProvider {
    /** The id. */
    public static final String ID = "lp";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "one-sided gradient penalty, lambda (E max(0, |grad D(x_hat)| - 1)^2) (Petzka et al. 2018)";
    }

    @Override
    public Regularizer create(Hyperparameters hyperparameters) {
        return new GradientPenalty(GradientPenaltyParameters.from(ID, hyperparameters), true);
    }
}
