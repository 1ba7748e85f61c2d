package org.gan4j.optimizers;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.spi.OptimizerProvider;

/** Provides {@link Momentum} as {@value #ID}; settings in {@link MomentumParameters}. */
public final class MomentumProvider implements OptimizerProvider {
    /** The id. */
    public static final String ID = "momentum";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "heavy-ball momentum (Polyak 1964)";
    }

    @Override
    public Optimizer create(Hyperparameters hyperparameters) {
        return new Momentum(MomentumParameters.from(hyperparameters));
    }
}
