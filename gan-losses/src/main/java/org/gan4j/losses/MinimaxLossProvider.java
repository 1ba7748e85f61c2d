package org.gan4j.losses;

import java.util.Set;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Loss;
import org.gan4j.api.spi.LossProvider;

/** Provides {@link MinimaxLoss} as {@value #ID}; it takes no settings. */
public final class MinimaxLossProvider implements LossProvider {
    /** The id. */
    public static final String ID = "minimax";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "minimax GAN loss (Goodfellow et al. 2014)";
    }

    @Override
    public Loss create(Hyperparameters hyperparameters) {
        hyperparameters.requireOnly(ID, Set.of());
        return new MinimaxLoss();
    }
}
