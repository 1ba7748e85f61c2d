package org.gan4j.core.models;

import java.util.Locale;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.core.layers.BatchNorm;

/**
 * The {@value #KEY} setting of the generators with batch normalization ({@code dcgan}, {@code sngan}): {@code fused}
 * (the default: the backend's kernel, fast, differentiable once) or {@code composed} (basic ops, differentiable twice,
 * which {@code cgd} and {@code acgd} need).
 */
final class BatchNormSetting {
    /** The key. */
    static final String KEY = "batch-norm";

    private BatchNormSetting() {
    }

    /**
     * @param owner the generator, for the message
     * @param h its settings
     * @return the kind asked for, fused when none is
     * @throws InvalidHyperparameterException naming the value and the two allowed
     */
    static BatchNorm.Kind read(String owner, Hyperparameters h) {
        String value = h.getString(owner, KEY, "fused");
        return switch (value) {
            case "fused", "composed" -> BatchNorm.Kind.valueOf(value.toUpperCase(Locale.ROOT));
            default -> throw new InvalidHyperparameterException(owner + ": " + KEY + " = '" + value
                    + "' is unknown; use fused (fast, first-order) or composed (for cgd and acgd, which differentiate twice).");
        };
    }
}
