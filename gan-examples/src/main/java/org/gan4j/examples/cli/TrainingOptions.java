package org.gan4j.examples.cli;

import java.util.List;
import java.util.Optional;
import org.gan4j.core.registry.ProviderSpec;
import org.gan4j.core.train.TrainingConfig;
import picocli.CommandLine.Option;

/** The options {@code gan train} and {@code gan study} share: models, optimizers and schedule. */
final class TrainingOptions {
    @Option(names = "--optimizer", description = "optimizer id[:key=value,...] for both players "
            + "(default: D " + Ring8Defaults.D_OPTIMIZER + ", G " + Ring8Defaults.G_OPTIMIZER + ")")
    String optimizer;

    @Option(names = "--d-optimizer", description = "the discriminator's optimizer; overrides --optimizer")
    String discriminatorOptimizer;

    @Option(names = "--g-optimizer", description = "the generator's optimizer; overrides --optimizer")
    String generatorOptimizer;

    @Option(names = "--generator", defaultValue = Ring8Defaults.GENERATOR,
            description = "generator id[:key=value,...] (default: ${DEFAULT-VALUE})")
    String generator;

    @Option(names = "--discriminator", defaultValue = Ring8Defaults.DISCRIMINATOR,
            description = "discriminator id[:key=value,...] (default: ${DEFAULT-VALUE})")
    String discriminator;

    @Option(names = "--steps", defaultValue = "" + Ring8Defaults.STEPS, description = "generator steps (default: ${DEFAULT-VALUE})")
    long steps;

    @Option(names = "--batch-size", defaultValue = "" + Ring8Defaults.BATCH_SIZE, description = "batch size (default: ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--critic-steps", defaultValue = "1", description = "discriminator steps per generator step (default: ${DEFAULT-VALUE})")
    int criticSteps;

    @Option(names = "--backend", description = "backend id (default: the highest-priority backend found)")
    String backend;

    private ProviderSpec optimizerFor(String perPlayer, String playerDefault) {
        return ProviderSpec.parse(perPlayer != null ? perPlayer : optimizer != null ? optimizer : playerDefault);
    }

    /**
     * @param loss the loss spec
     * @param regularizers the regularizer specs
     * @return the choices these options make, with that loss and those regularizers
     */
    GanChoices choices(String loss, List<String> regularizers) {
        return choices(loss, regularizers, null);
    }

    /**
     * @param loss the loss spec
     * @param regularizers the regularizer specs
     * @param bothPlayers an optimizer spec for both players that overrides the options, or null
     * @return the choices these options make, with that loss, those regularizers and that optimizer
     */
    GanChoices choices(String loss, List<String> regularizers, String bothPlayers) {
        return new GanChoices(Optional.ofNullable(backend), ProviderSpec.parse(generator),
                ProviderSpec.parse(discriminator), ProviderSpec.parse(loss),
                regularizers.stream().map(ProviderSpec::parse).toList(),
                bothPlayers != null ? ProviderSpec.parse(bothPlayers) : optimizerFor(discriminatorOptimizer, Ring8Defaults.D_OPTIMIZER),
                bothPlayers != null ? ProviderSpec.parse(bothPlayers) : optimizerFor(generatorOptimizer, Ring8Defaults.G_OPTIMIZER));
    }

    /**
     * @param seed the run's seed
     * @param sampleEvery steps between sample plots, 0 for the end only
     * @return the validated schedule
     */
    TrainingConfig config(long seed, long sampleEvery) {
        return config(seed, sampleEvery, Double.POSITIVE_INFINITY);
    }

    /**
     * @param seed the run's seed
     * @param sampleEvery steps between sample plots, 0 for the end only
     * @param divergenceLimit the divergence guard's limit on a loss's magnitude
     * @return the validated schedule
     */
    TrainingConfig config(long seed, long sampleEvery, double divergenceLimit) {
        if (steps < 1) {
            throw new InvalidArgumentException("--steps", steps, "it must be an integer >= 1");
        }
        if (batchSize < 1) {
            throw new InvalidArgumentException("--batch-size", batchSize, "it must be an integer >= 1");
        }
        if (criticSteps < 1) {
            throw new InvalidArgumentException("--critic-steps", criticSteps, "it must be an integer >= 1");
        }
        if (sampleEvery < 0) {
            throw new InvalidArgumentException("--sample-every", sampleEvery, "it must be 0 (final plot only) or a positive step count");
        }
        return new TrainingConfig(batchSize, steps, criticSteps, seed, Ring8Defaults.EVALUATION_SAMPLES, sampleEvery,
                divergenceLimit);
    }

    /**
     * Sets these options to a saved run's (for {@code --resume}).
     *
     * @param choices the saved providers
     * @param savedBatchSize the saved batch size
     * @param savedCriticSteps the saved critic steps
     * @param totalSteps the steps to train to
     */
    void adopt(GanChoices choices, int savedBatchSize, int savedCriticSteps, long totalSteps) {
        optimizer = null;
        discriminatorOptimizer = choices.discriminatorOptimizer().toString();
        generatorOptimizer = choices.generatorOptimizer().toString();
        generator = choices.generator().toString();
        discriminator = choices.discriminator().toString();
        backend = choices.backend().orElse(null);
        batchSize = savedBatchSize;
        criticSteps = savedCriticSteps;
        steps = totalSteps;
    }

    /** @return the schedule, one line */
    String describe() {
        return "batch=" + batchSize + " critic_steps=" + criticSteps + " steps=" + steps;
    }
}
