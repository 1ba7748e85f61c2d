package org.gan4j.core.models;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.core.layers.Activation;

/**
 * Settings of the {@code mlp} discriminator.
 *
 * @param width units per hidden layer, key {@code width}; default {@value #DEFAULT_WIDTH}
 * @param depth hidden layers, key {@code depth}; default {@value #DEFAULT_DEPTH}
 * @param activation hidden activation, key {@code activation}; default {@code leaky-relu}
 * @param pack samples scored jointly (PacGAN, Lin et al. 2018), key {@code pack}; default 1 (no packing)
 */
public record MlpDiscriminatorParameters(int width, int depth, Activation activation, int pack) {
    /** Default hidden width. */
    public static final int DEFAULT_WIDTH = 128;
    /** Default number of hidden layers. */
    public static final int DEFAULT_DEPTH = 2;

    private static final String OWNER = "discriminator " + MlpDiscriminatorProvider.ID;

    /** Validates. */
    public MlpDiscriminatorParameters {
        Check.positive(OWNER, "width", width);
        Check.positive(OWNER, "depth", depth);
        Check.positive(OWNER, "pack", pack);
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static MlpDiscriminatorParameters from(Hyperparameters h) {
        String id = OWNER;
        h.requireOnly(id, Set.of("width", "depth", "activation", "pack"));
        return new MlpDiscriminatorParameters(h.getInt(id, "width", DEFAULT_WIDTH), h.getInt(id, "depth", DEFAULT_DEPTH),
                Activation.parse(id, h.getString(id, "activation", "leaky-relu")), h.getInt(id, "pack", 1));
    }
}
