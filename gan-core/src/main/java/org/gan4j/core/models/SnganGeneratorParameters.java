package org.gan4j.core.models;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.layers.BatchNorm;

/**
 * Settings of the {@code sngan} generator.
 *
 * @param latent latent dimensions, key {@code latent}; default {@value #DEFAULT_LATENT} (the paper's z ∈ R¹²⁸)
 * @param ch the width, key {@code ch}, in [1, {@value SnganLayout#MAX_CH}]: every block's channels at 32 × 32
 *     (default 256), the last block's at 48 × 48 and 64 × 64 (default 64), the others 2, 4, 8 and 16 times it
 *     (the {@code ch} of the authors' code)
 * @param batchNorm {@code fused} (fast) or {@code composed} (differentiable twice, for {@code cgd} and {@code acgd}),
 *     key {@code batch-norm}; default fused
 */
public record SnganGeneratorParameters(int latent, int ch, BatchNorm.Kind batchNorm) {
    /** The paper's noise size. */
    public static final int DEFAULT_LATENT = 128;

    private static final String OWNER = "generator " + SnganGeneratorProvider.ID;

    /** Validates. */
    public SnganGeneratorParameters {
        Check.positive(OWNER, "latent", latent);
        SnganLayout.checkedCh(OWNER, ch);
    }

    /**
     * @param h the user's settings
     * @param sampleShape the images the generator makes, which set the default ch
     * @return the validated record, defaults filled in
     */
    public static SnganGeneratorParameters from(Hyperparameters h, Shape sampleShape) {
        SnganLayout layout = SnganLayout.forImage("generator", sampleShape);
        h.requireOnly(OWNER, Set.of("latent", "ch", BatchNormSetting.KEY));
        return new SnganGeneratorParameters(h.getInt(OWNER, "latent", DEFAULT_LATENT),
                h.getInt(OWNER, "ch", layout.generatorCh()), BatchNormSetting.read(OWNER, h));
    }
}
