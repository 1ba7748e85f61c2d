package org.gan4j.optimizers;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.spi.OptimizerProvider;

/** Provides {@link RmsProp} as {@value #ID}; settings in {@link RmsPropParameters}. */
public final class RmsPropProvider implements OptimizerProvider {
    /** The id. */
    public static final String ID = "rmsprop";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "RMSProp (Tieleman and Hinton 2012)";
    }

    @Override
    public Optimizer create(Hyperparameters hyperparameters) {
        return new RmsProp(RmsPropParameters.from(hyperparameters));
    }
}
