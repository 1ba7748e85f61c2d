package org.gan4j.optimizers;

import java.util.Objects;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code rmsprop}.
 *
 * @param learningRate η, key {@code lr} (default 0.001), and its optional step decay, keys
 *     {@code lr_decay} and {@code lr_decay_steps}; see {@link LearningRate}
 * @param rho decay ρ, key {@code rho}, in [0, 1); default 0.9
 * @param epsilon ε, key {@code epsilon}, &gt; 0; default 1e-7
 */
public record RmsPropParameters(LearningRate learningRate, double rho, double epsilon) {
    /** Validates. */
    public RmsPropParameters {
        Objects.requireNonNull(learningRate, "learningRate");
        Check.inHalfOpenRange(RmsPropProvider.ID, "rho", rho, 0, 1);
        Check.positive(RmsPropProvider.ID, "epsilon", epsilon);
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static RmsPropParameters from(Hyperparameters h) {
        String id = RmsPropProvider.ID;
        h.requireOnly(id, LearningRate.keysWith("rho", "epsilon"));
        return new RmsPropParameters(LearningRate.from(id, h, 1e-3), h.getDouble(id, "rho", 0.9),
                h.getDouble(id, "epsilon", 1e-7));
    }
}
