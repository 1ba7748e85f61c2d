package org.gan4j.core.models;

import java.util.Set;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.tensor.Shape;

/**
 * Settings of the {@code sngan} discriminator.
 *
 * @param ch the width, key {@code ch}, in [1, {@value SnganLayout#MAX_CH}]: every block's channels at 32 × 32
 *     (default 128), the first block's at 48 × 48 and 64 × 64 (default 64), the others 2, 4, 8 and 16 times it
 *     (the {@code ch} of the authors' code)
 */
public record SnganDiscriminatorParameters(int ch) {
    private static final String OWNER = "discriminator " + SnganDiscriminatorProvider.ID;

    /** Validates. */
    public SnganDiscriminatorParameters {
        SnganLayout.checkedCh(OWNER, ch);
    }

    /**
     * @param h the user's settings
     * @param sampleShape the images the discriminator scores, which set the default ch
     * @return the validated record, defaults filled in
     */
    public static SnganDiscriminatorParameters from(Hyperparameters h, Shape sampleShape) {
        SnganLayout layout = SnganLayout.forImage("discriminator", sampleShape);
        h.requireOnly(OWNER, Set.of("ch"));
        return new SnganDiscriminatorParameters(h.getInt(OWNER, "ch", layout.discriminatorCh()));
    }
}
