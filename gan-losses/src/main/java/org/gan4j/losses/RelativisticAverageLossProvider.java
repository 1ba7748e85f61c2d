package org.gan4j.losses;

import java.util.Set;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Loss;
import org.gan4j.api.spi.LossProvider;

/** Provides {@link RelativisticAverageLoss} as {@value #ID}; it takes no settings. */
public final class RelativisticAverageLossProvider implements LossProvider {
    /** The id. */
    public static final String ID = "relativistic-average";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "relativistic average GAN loss (Jolicoeur-Martineau 2019)";
    }

    @Override
    public Loss create(Hyperparameters hyperparameters) {
        hyperparameters.requireOnly(ID, Set.of());
        return new RelativisticAverageLoss();
    }
}
