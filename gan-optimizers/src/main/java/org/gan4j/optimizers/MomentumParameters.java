package org.gan4j.optimizers;

import java.util.Objects;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code momentum}.
 *
 * @param learningRate η, key {@code lr} (default 0.01), and its optional step decay, keys
 *     {@code lr_decay} and {@code lr_decay_steps}; see {@link LearningRate}
 * @param momentum μ, key {@code momentum}, in [0, 1); default 0.9
 */
public record MomentumParameters(LearningRate learningRate, double momentum) {
    /** Validates. */
    public MomentumParameters {
        Objects.requireNonNull(learningRate, "learningRate");
        Check.inHalfOpenRange(MomentumProvider.ID, "momentum", momentum, 0, 1);
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static MomentumParameters from(Hyperparameters h) {
        String id = MomentumProvider.ID;
        h.requireOnly(id, LearningRate.keysWith("momentum"));
        return new MomentumParameters(LearningRate.from(id, h, 0.01), h.getDouble(id, "momentum", 0.9));
    }
}
