package org.gan4j.examples.cli;

import org.gan4j.core.train.DefaultRecipe;

/**
 * The defaults of {@code gan train}: the model and schedule of {@link DefaultRecipe}, and the command's own
 * settings, each stated once, here.
 */
final class Ring8Defaults {
    static final String LOSS = DefaultRecipe.LOSS;
    static final String D_OPTIMIZER = DefaultRecipe.D_OPTIMIZER;
    static final String G_OPTIMIZER = DefaultRecipe.G_OPTIMIZER;
    static final String GENERATOR = DefaultRecipe.GENERATOR;
    static final String DISCRIMINATOR = DefaultRecipe.DISCRIMINATOR;
    static final long STEPS = DefaultRecipe.STEPS;
    static final int BATCH_SIZE = DefaultRecipe.BATCH_SIZE;
    static final int EVALUATION_SAMPLES = DefaultRecipe.EVALUATION_SAMPLES;
    /** A checkpoint every 1,000 steps costs a few milliseconds for these models. */
    static final long CHECKPOINT_EVERY = 1000;
    static final int KEEP_CHECKPOINTS = 3;
    /** No loss of a sane run comes near 10⁶ in magnitude; WGAN critics without a Lipschitz constraint do. */
    static final String DIVERGENCE_LIMIT = "1e6";

    private Ring8Defaults() {
    }
}
