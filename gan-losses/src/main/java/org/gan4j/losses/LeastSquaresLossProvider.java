package org.gan4j.losses;

import java.util.Set;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Loss;
import org.gan4j.api.spi.LossProvider;

/** Provides {@link LeastSquaresLoss} as {@value #ID}; it takes no settings. */
public final class LeastSquaresLossProvider implements LossProvider {
    /** The id. */
    public static final String ID = "least-squares";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "least-squares GAN loss, a=0 b=1 c=1 (Mao et al. 2017)";
    }

    @Override
    public Loss create(Hyperparameters hyperparameters) {
        hyperparameters.requireOnly(ID, Set.of());
        return new LeastSquaresLoss();
    }
}
