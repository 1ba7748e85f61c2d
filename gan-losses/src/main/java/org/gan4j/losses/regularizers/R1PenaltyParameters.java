package org.gan4j.losses.regularizers;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code r1}.
 *
 * @param gamma the penalty's weight γ, key {@value #GAMMA}, &gt; 0; default {@value #DEFAULT_GAMMA} (Mescheder et al.
 *     2018; StyleGAN's value on FFHQ)
 * @param every the penalty is added on one discriminator update in {@code every}, times {@code every}, key
 *     {@value #EVERY}, an integer ≥ 1; default {@value #DEFAULT_EVERY}, every update (lazy regularization, Karras et
 *     al. 2020, uses 16)
 */
public record R1PenaltyParameters(double gamma, int every) {
    /** The key of γ. */
    public static final String GAMMA = "gamma";
    /** The key of the interval. */
    public static final String EVERY = "every";
    /** γ when none is given. */
    public static final double DEFAULT_GAMMA = 10;
    /** The interval when none is given. */
    public static final int DEFAULT_EVERY = 1;

    /** Validates. */
    public R1PenaltyParameters {
        Check.positive(R1PenaltyProvider.ID, GAMMA, gamma);
        Check.positive(R1PenaltyProvider.ID, EVERY, every);
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static R1PenaltyParameters from(Hyperparameters h) {
        h.requireOnly(R1PenaltyProvider.ID, Set.of(GAMMA, EVERY));
        return new R1PenaltyParameters(h.getDouble(R1PenaltyProvider.ID, GAMMA, DEFAULT_GAMMA),
                h.getInt(R1PenaltyProvider.ID, EVERY, DEFAULT_EVERY));
    }
}
