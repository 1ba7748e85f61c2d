package org.gan4j.optimizers;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.spi.OptimizerProvider;

/** Provides {@link Adam} as {@value #ID}; settings in {@link AdamParameters}. */
public final class AdamProvider implements OptimizerProvider {
    /** The id. */
    public static final String ID = "adam";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Adam (Kingma and Ba 2015)";
    }

    @Override
    public Optimizer create(Hyperparameters hyperparameters) {
        return new Adam(AdamParameters.from(hyperparameters));
    }
}
