package org.gan4j.core.train;

import org.gan4j.api.param.Check;

/**
 * How long and how to train.
 *
 * @param batchSize real and generated samples per step, ≥ 1
 * @param steps generator steps, ≥ 1
 * @param discriminatorSteps discriminator steps per generator step (n_critic), ≥ 1
 * @param seed the run's seed: initial weights, noise and data all follow from it
 * @param evaluationSamples samples drawn from fixed noise for evaluation and plots, ≥ 1 (2,500 in VEEGAN/PacGAN)
 * @param sampleEvery generator steps between sample snapshots sent to listeners; 0 for only at the end
 */
public record TrainingConfig(int batchSize, long steps, int discriminatorSteps, long seed, int evaluationSamples,
        long sampleEvery) {
    private static final String OWNER = "training";

    /** Validates. */
    public TrainingConfig {
        Check.positive(OWNER, "batch size", batchSize);
        Check.positive(OWNER, "steps", steps);
        Check.positive(OWNER, "discriminator steps", discriminatorSteps);
        Check.positive(OWNER, "evaluation samples", evaluationSamples);
        Check.nonNegative(OWNER, "sample every", sampleEvery);
    }
}
