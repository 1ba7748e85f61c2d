package org.gan4j.losses;

import java.util.Set;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Loss;
import org.gan4j.api.spi.LossProvider;

/** Provides {@link WassersteinLoss} as {@value #ID}; it takes no settings. */
public final class WassersteinLossProvider implements LossProvider {
    /** The id. */
    public static final String ID = "wgan";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Wasserstein GAN loss (Arjovsky et al. 2017); needs a Lipschitz critic";
    }

    @Override
    public Loss create(Hyperparameters hyperparameters) {
        hyperparameters.requireOnly(ID, Set.of());
        return new WassersteinLoss();
    }
}
