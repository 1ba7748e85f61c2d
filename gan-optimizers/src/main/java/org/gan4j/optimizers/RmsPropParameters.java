package org.gan4j.optimizers;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code rmsprop}.
 *
 * @param learningRate η, key {@code lr}, &gt; 0; default 0.001
 * @param rho decay ρ, key {@code rho}, in [0, 1); default 0.9
 * @param epsilon ε, key {@code epsilon}, &gt; 0; default 1e-7
 */
public record RmsPropParameters(double learningRate, double rho, double epsilon) {
    /** Validates. */
    public RmsPropParameters {
        Check.positive(RmsPropProvider.ID, "lr", learningRate);
        Check.inHalfOpenRange(RmsPropProvider.ID, "rho", rho, 0, 1);
        Check.positive(RmsPropProvider.ID, "epsilon", epsilon);
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static RmsPropParameters from(Hyperparameters h) {
        String id = RmsPropProvider.ID;
        h.requireOnly(id, Set.of("lr", "rho", "epsilon"));
        return new RmsPropParameters(h.getDouble(id, "lr", 1e-3), h.getDouble(id, "rho", 0.9),
                h.getDouble(id, "epsilon", 1e-7));
    }
}
