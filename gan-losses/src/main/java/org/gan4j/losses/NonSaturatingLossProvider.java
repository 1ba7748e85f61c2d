package org.gan4j.losses;

import java.util.Set;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Loss;
import org.gan4j.api.spi.LossProvider;

/** Provides {@link NonSaturatingLoss} as {@value #ID}; it takes no settings. */
public final class NonSaturatingLossProvider implements LossProvider {
    /** The id. */
    public static final String ID = "non-saturating";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "non-saturating GAN loss (Goodfellow et al. 2014, section 3)";
    }

    @Override
    public Loss create(Hyperparameters hyperparameters) {
        hyperparameters.requireOnly(ID, Set.of());
        return new NonSaturatingLoss();
    }
}
