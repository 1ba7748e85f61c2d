package org.gan4j.losses.regularizers;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code gp} and {@code lp}.
 *
 * @param lambda the penalty's weight λ, key {@code lambda}, &gt; 0; default 10 (Gulrajani et al. 2017, Alg. 1)
 */
public record GradientPenaltyParameters(double lambda) {
    /** Validates. */
    public GradientPenaltyParameters {
        Check.positive("gradient penalty", "lambda", lambda);
    }

    /**
     * @param owner the provider's id, for messages
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static GradientPenaltyParameters from(String owner, Hyperparameters h) {
        h.requireOnly(owner, Set.of("lambda"));
        return new GradientPenaltyParameters(h.getDouble(owner, "lambda", 10));
    }
}
