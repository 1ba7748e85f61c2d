package org.gan4j.losses.regularizers;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code clip}.
 *
 * @param c every discriminator weight is kept in [−c, c], key {@code c}, &gt; 0; default 0.01 (WGAN, Alg. 1)
 */
public record WeightClippingParameters(double c) {
    /** Validates. */
    public WeightClippingParameters {
        Check.positive(WeightClippingProvider.ID, "c", c);
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static WeightClippingParameters from(Hyperparameters h) {
        h.requireOnly(WeightClippingProvider.ID, Set.of("c"));
        return new WeightClippingParameters(h.getDouble(WeightClippingProvider.ID, "c", 0.01));
    }
}
