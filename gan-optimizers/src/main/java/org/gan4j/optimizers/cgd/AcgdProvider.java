package org.gan4j.optimizers.cgd;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.JointOptimizer;
import org.gan4j.api.spi.JointOptimizerProvider;

/** Provides {@link Acgd} as {@value #ID}; settings in {@link AcgdParameters}. */
public final class AcgdProvider implements JointOptimizerProvider {
    /** The id. */
    public static final String ID = "acgd";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "adaptive competitive gradient descent, CG solver (Schaefer, Zheng and Anandkumar 2020)";
    }

    @Override
    public JointOptimizer create(Hyperparameters hyperparameters) {
        return new Acgd(AcgdParameters.from(hyperparameters));
    }
}
