package org.gan4j.losses;

import java.util.Set;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Loss;
import org.gan4j.api.spi.LossProvider;

/** Provides {@link HingeLoss} as {@value #ID}; it takes no settings. */
public final class HingeLossProvider implements LossProvider {
    /** The id. */
    public static final String ID = "hinge";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "hinge GAN loss (Miyato et al. 2018, eq. 16-17)";
    }

    @Override
    public Loss create(Hyperparameters hyperparameters) {
        hyperparameters.requireOnly(ID, Set.of());
        return new HingeLoss();
    }
}
