package org.gan4j.losses.regularizers;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.spi.RegularizerProvider;

/** Provides the R1 penalty on real data; settings {@code gamma} and {@code every} as {@value #ID}. */
public final class R1PenaltyProvider implements RegularizerProvider {
    /** The id. */
    public static final String ID = "r1";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "R1 penalty on real data, gamma/2 E|grad D(x)|^2, lazily every k-th D update (Mescheder et al. 2018)";
    }

    @Override
    public Regularizer create(Hyperparameters hyperparameters) {
        return new R1Penalty(R1PenaltyParameters.from(hyperparameters));
    }
}
