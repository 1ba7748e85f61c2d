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
     * Images: TensorFlow's DCGAN tutorial networks and loss (non-saturating, from logits), both players updated from
     * the same point in one step as the tutorial does, at batch 64 for about one epoch of Fashion-MNIST's 60,000
     * images; a grid of 64 samples. The optimizer is Radford et al.'s Adam (lr 2e-4, β1 0.5) rather than the
     * tutorial's Adam 1e-4: after 4 and 5 epochs it scored FID 8.2 and 11.6 on the classifier's features, where the
     * tutorial's optimizer scored 46.9 after 5 epochs and still missed classes (docs/images.md).
     */
    static final Recipe IMAGES = new Recipe("non-saturating", "adam:lr=2e-4,beta1=0.5", "adam:lr=2e-4,beta1=0.5",
            "dcgan", "dcgan", 1000, 64, 64, GanChoices.SIMULTANEOUS);
}
