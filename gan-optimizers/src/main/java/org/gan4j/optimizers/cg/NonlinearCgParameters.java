package org.gan4j.optimizers.cg;

import java.util.Objects;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.optimizers.LearningRate;

/**
 * Settings of the {@code cg-*} optimizers.
 *
 * @param rule how b<sub>t</sub> is formed; fixed by the provider id
 * @param learningRate α, key {@code lr} (default 0.01), with optional step decay, keys {@code lr_decay} and
 *     {@code lr_decay_steps} (the paper's ×0.9 every 10,000 steps); see {@link LearningRate}
 * @param kappa κ, key {@code kappa}, in (0, 1]; default 1 (the paper tries 0.5, 0.75 and 1)
 */
public record NonlinearCgParameters(CgRule rule, LearningRate learningRate, double kappa) {
    /** Validates. */
    public NonlinearCgParameters {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(learningRate, "learningRate");
        Check.inLeftOpenRange("cg-" + rule.id(), "kappa", kappa, 0, 1);
    }

    /**
     * @param rule the rule
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static NonlinearCgParameters from(CgRule rule, Hyperparameters h) {
        String id = "cg-" + rule.id();
        h.requireOnly(id, LearningRate.keysWith("kappa"));
        return new NonlinearCgParameters(rule, LearningRate.from(id, h, 0.01), h.getDouble(id, "kappa", 1));
    }
}
