package org.gan4j.optimizers;

import java.util.Objects;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code sgd}.
 *
 * @param learningRate η, key {@code lr} (default 0.01), and its optional step decay, keys
 *     {@code lr_decay} and {@code lr_decay_steps}; see {@link LearningRate}
 */
public record SgdParameters(LearningRate learningRate) {
    /** Validates. */
    public SgdParameters {
        Objects.requireNonNull(learningRate, "learningRate");
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static SgdParameters from(Hyperparameters h) {
        h.requireOnly(SgdProvider.ID, LearningRate.keysWith());
        return new SgdParameters(LearningRate.from(SgdProvider.ID, h, 0.01));
    }
}
