package org.gan4j.core.models;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.core.layers.Activation;

/**
 * Settings of the {@code mlp} generator.
 *
 * @param latent latent dimensions, key {@code latent}; default {@value #DEFAULT_LATENT}
 * @param width units per hidden layer, key {@code width}; default {@value #DEFAULT_WIDTH}
 * @param depth hidden layers, key {@code depth}; default {@value #DEFAULT_DEPTH}
 * @param activation hidden activation, key {@code activation}; default {@code relu}
 * @param output the output activation, key {@code output}: {@code linear} (the default, for points), {@code tanh}
 *     (for data in [−1, 1], such as gan4j's scaled images) or {@code sigmoid} (for data in [0, 1])
 */
public record MlpGeneratorParameters(int latent, int width, int depth, Activation activation, Activation output) {
    /** Default latent dimensions. */
    public static final int DEFAULT_LATENT = 16;
    /** Default hidden width. */
    public static final int DEFAULT_WIDTH = 128;
    /** Default number of hidden layers. */
    public static final int DEFAULT_DEPTH = 2;

    private static final String OWNER = "generator " + MlpGeneratorProvider.ID;

    /** Validates. */
    public MlpGeneratorParameters {
        Check.positive(OWNER, "latent", latent);
        Check.positive(OWNER, "width", width);
        Check.positive(OWNER, "depth", depth);
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static MlpGeneratorParameters from(Hyperparameters h) {
        String id = OWNER;
        h.requireOnly(id, Set.of("latent", "width", "depth", "activation", "output"));
        return new MlpGeneratorParameters(h.getInt(id, "latent", DEFAULT_LATENT), h.getInt(id, "width", DEFAULT_WIDTH),
                h.getInt(id, "depth", DEFAULT_DEPTH), Activation.parse(id, h.getString(id, "activation", "relu")),
                Activation.parse(id, "output", h.getString(id, "output", "linear"), Activation.LINEAR, Activation.TANH,
                        Activation.SIGMOID));
    }
}
