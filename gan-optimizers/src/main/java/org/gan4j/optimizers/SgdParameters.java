package org.gan4j.optimizers;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code sgd}.
 *
 * @param learningRate η, key {@code lr}, &gt; 0; default 0.01
 */
public record SgdParameters(double learningRate) {
    /** Validates. */
    public SgdParameters {
        Check.positive(SgdProvider.ID, "lr", learningRate);
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static SgdParameters from(Hyperparameters h) {
        h.requireOnly(SgdProvider.ID, Set.of("lr"));
        return new SgdParameters(h.getDouble(SgdProvider.ID, "lr", 0.01));
    }
}
