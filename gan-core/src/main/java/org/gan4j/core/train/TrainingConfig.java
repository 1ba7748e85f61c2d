package org.gan4j.core.train;

import org.gan4j.core.run.RunOptions;

/**
 * How long and how to train: the part of a {@link org.gan4j.core.run.RunDescription} the trainer reads
 * ({@link org.gan4j.core.run.RunDescription#trainingConfig()}). Each value obeys the rule of its run option, checked
 * by that option.
 *
 * @param batchSize real and generated samples per step, ≥ 1 ({@link RunOptions#BATCH_SIZE})
 * @param steps generator steps, ≥ 1 ({@link RunOptions#STEPS})
 * @param discriminatorSteps discriminator steps per generator step (n_critic), ≥ 1 ({@link RunOptions#CRITIC_STEPS})
 * @param seed the run's seed: initial weights, noise and data all follow from it
 * @param evaluationSamples samples drawn from fixed noise for evaluation and plots, ≥ 1 (2,500 in VEEGAN/PacGAN)
 * @param sampleEvery generator steps between sample snapshots sent to listeners; 0 for only at the end
 * @param divergenceLimit the divergence guard: a loss (a metric named {@code *_loss}) whose magnitude exceeds it
 *     stops the run at that step; {@code +∞} turns the guard off. NaN and ±∞ always stop a run.
 * @param generatorAverage γ of an exponential moving average of G's weights that samples, metrics and exports use
 *     in place of the trained weights (see {@link GeneratorAverage}); 0 for none, else in (0, 1), such as 0.999
 */
public record TrainingConfig(int batchSize, long steps, int discriminatorSteps, long seed, int evaluationSamples,
        long sampleEvery, double divergenceLimit, double generatorAverage) {

    /**
     * A configuration with the default divergence guard ({@value RunOptions#DEFAULT_DIVERGENCE_LIMIT}) and no
     * generator average.
     *
     * @param batchSize real and generated samples per step, ≥ 1
     * @param steps generator steps, ≥ 1
     * @param discriminatorSteps discriminator steps per generator step (n_critic), ≥ 1
     * @param seed the run's seed
     * @param evaluationSamples samples drawn from fixed noise for evaluation and plots, ≥ 1
     * @param sampleEvery generator steps between sample snapshots; 0 for only at the end
     */
    public TrainingConfig(int batchSize, long steps, int discriminatorSteps, long seed, int evaluationSamples,
            long sampleEvery) {
        this(batchSize, steps, discriminatorSteps, seed, evaluationSamples, sampleEvery,
                RunOptions.DEFAULT_DIVERGENCE_LIMIT);
    }

    /**
     * A configuration without a generator average.
     *
     * @param batchSize real and generated samples per step, ≥ 1
     * @param steps generator steps, ≥ 1
     * @param discriminatorSteps discriminator steps per generator step (n_critic), ≥ 1
     * @param seed the run's seed
     * @param evaluationSamples samples drawn from fixed noise for evaluation and plots, ≥ 1
     * @param sampleEvery generator steps between sample snapshots; 0 for only at the end
     * @param divergenceLimit the divergence guard's limit on a loss's magnitude, or {@code +∞}
     */
    public TrainingConfig(int batchSize, long steps, int discriminatorSteps, long seed, int evaluationSamples,
            long sampleEvery, double divergenceLimit) {
        this(batchSize, steps, discriminatorSteps, seed, evaluationSamples, sampleEvery, divergenceLimit, 0);
    }

    /**
     * @param newSteps the total number of generator steps
     * @return this configuration with another step count (to continue a resumed run further)
     */
    public TrainingConfig withSteps(long newSteps) {
        return new TrainingConfig(batchSize, newSteps, discriminatorSteps, seed, evaluationSamples, sampleEvery,
                divergenceLimit, generatorAverage);
    }

    /**
     * @param decay γ of the generator average, 0 for none
     * @return this configuration with that generator average
     */
    public TrainingConfig withGeneratorAverage(double decay) {
        return new TrainingConfig(batchSize, steps, discriminatorSteps, seed, evaluationSamples, sampleEvery,
                divergenceLimit, decay);
    }

    /** Checks each value by its run option's rule. */
    public TrainingConfig {
        RunOptions.BATCH_SIZE.check(batchSize);
        RunOptions.STEPS.check(steps);
        RunOptions.CRITIC_STEPS.check(discriminatorSteps);
        RunOptions.EVALUATION_SAMPLES.check(evaluationSamples);
        RunOptions.SAMPLE_EVERY.check(sampleEvery);
        RunOptions.DIVERGENCE_LIMIT.check(divergenceLimit);
        RunOptions.GENERATOR_AVERAGE.check(generatorAverage);
    }
}
