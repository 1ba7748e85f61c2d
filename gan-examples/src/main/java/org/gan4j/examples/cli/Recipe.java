package org.gan4j.examples.cli;

import org.gan4j.core.train.DefaultRecipe;

/**
 * What {@code gan train} uses for each option the user leaves out, per kind of data: each default stated once.
 *
 * @param loss the loss spec
 * @param discriminatorOptimizer D's optimizer spec
 * @param generatorOptimizer G's optimizer spec
 * @param generator the generator spec
 * @param discriminator the discriminator spec
 * @param steps generator steps
 * @param batchSize the batch size
 * @param evaluationSamples samples drawn from fixed noise for plots and the final evaluation
 * @param updates {@code alternating} or {@code simultaneous}
 */
record Recipe(String loss, String discriminatorOptimizer, String generatorOptimizer, String generator,
        String discriminator, long steps, int batchSize, int evaluationSamples, String updates) {
    /** 2-D mixtures: {@link DefaultRecipe}, chosen by measurement on ring8 (docs/ring8-defaults.md). */
    static final Recipe MIXTURES = new Recipe(DefaultRecipe.LOSS, DefaultRecipe.D_OPTIMIZER, DefaultRecipe.G_OPTIMIZER,
            DefaultRecipe.GENERATOR, DefaultRecipe.DISCRIMINATOR, DefaultRecipe.STEPS, DefaultRecipe.BATCH_SIZE,
            DefaultRecipe.EVALUATION_SAMPLES, GanChoices.ALTERNATING);

    /**
     * Images: TensorFlow's DCGAN tutorial (its networks, the non-saturating loss from logits, Adam 1e-4 for both
     * players, both updated from the same point in one step) at batch 64, for about one epoch of Fashion-MNIST's
     * 60,000 images; a grid of 64 samples.
     */
    static final Recipe IMAGES = new Recipe("non-saturating", "adam:lr=1e-4", "adam:lr=1e-4", "dcgan", "dcgan", 1000,
            64, 64, GanChoices.SIMULTANEOUS);
}
