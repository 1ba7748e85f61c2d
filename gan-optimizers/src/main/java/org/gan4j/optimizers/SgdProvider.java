package org.gan4j.optimizers;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.spi.OptimizerProvider;

/** Provides {@link Sgd} as {@value #ID}; settings in {@link SgdParameters}. */
public final class SgdProvider implements OptimizerProvider {
    /** The id. */
    public static final String ID = "sgd";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "stochastic gradient descent (Robbins and Monro 1951)";
    }

    @Override
    public Optimizer create(Hyperparameters hyperparameters) {
        return new Sgd(SgdParameters.from(hyperparameters));
    }
}
