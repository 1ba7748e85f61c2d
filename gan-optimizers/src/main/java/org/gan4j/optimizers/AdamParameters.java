package org.gan4j.optimizers;

import java.util.Objects;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code adam}; the defaults are Kingma &amp; Ba's.
 *
 * @param learningRate η, key {@code lr} (default 0.001), and its optional step decay, keys
 *     {@code lr_decay} and {@code lr_decay_steps}; see {@link LearningRate}
 * @param beta1 β1, key {@code beta1}, in [0, 1); default 0.9
 * @param beta2 β2, key {@code beta2}, in [0, 1); default 0.999
 * @param epsilon ε, key {@code epsilon}, &gt; 0; default 1e-8
 */
public record AdamParameters(LearningRate learningRate, double beta1, double beta2, double epsilon) {
    /** Validates. */
    public AdamParameters {
        Objects.requireNonNull(learningRate, "learningRate");
        Check.inHalfOpenRange(AdamProvider.ID, "beta1", beta1, 0, 1);
        Check.inHalfOpenRange(AdamProvider.ID, "beta2", beta2, 0, 1);
        Check.positive(AdamProvider.ID, "epsilon", epsilon);
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static AdamParameters from(Hyperparameters h) {
        String id = AdamProvider.ID;
        h.requireOnly(id, LearningRate.keysWith("beta1", "beta2", "epsilon"));
        return new AdamParameters(LearningRate.from(id, h, 1e-3), h.getDouble(id, "beta1", 0.9),
                h.getDouble(id, "beta2", 0.999), h.getDouble(id, "epsilon", 1e-8));
    }
}
