package org.gan4j.optimizers;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code momentum}.
 *
 * @param learningRate η, key {@code lr}, &gt; 0; default 0.01
 * @param momentum μ, key {@code momentum}, in [0, 1); default 0.9
 */
public record MomentumParameters(double learningRate, double momentum) {
    /** Validates. */
    public MomentumParameters {
        Check.positive(MomentumProvider.ID, "lr", learningRate);
        Check.inHalfOpenRange(MomentumProvider.ID, "momentum", momentum, 0, 1);
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static MomentumParameters from(Hyperparameters h) {
        String id = MomentumProvider.ID;
        h.requireOnly(id, Set.of("lr", "momentum"));
        return new MomentumParameters(h.getDouble(id, "lr", 0.01), h.getDouble(id, "momentum", 0.9));
    }
}
