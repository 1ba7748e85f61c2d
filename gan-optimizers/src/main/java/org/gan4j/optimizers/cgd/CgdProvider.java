package org.gan4j.optimizers.cgd;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.JointOptimizer;
import org.gan4j.api.spi.JointOptimizerProvider;

/** Provides {@link Cgd} as {@value #ID}; settings in {@link CgdParameters}. */
public final class CgdProvider implements JointOptimizerProvider {
    /** The id. */
    public static final String ID = "cgd";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "competitive gradient descent, zero-sum, CG solver (Schaefer and Anandkumar 2019)";
    }

    @Override
    public JointOptimizer create(Hyperparameters hyperparameters) {
        return new Cgd(CgdParameters.from(hyperparameters));
    }
}
