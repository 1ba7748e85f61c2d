package org.gan4j.examples.cli;

import java.util.List;
import java.util.Optional;
import org.gan4j.core.registry.ProviderSpec;
import org.gan4j.core.train.TrainingConfig;
import picocli.CommandLine.Option;

/** The options {@code gan train} and {@code gan study} share: models, optimizers and schedule. */
final class TrainingOptions {
    @Option(names = "--optimizer", description = "optimizer id[:key=value,...] for both players "
            + "(default for 2-D data: " + Ring8Defaults.D_OPTIMIZER + "; for images: adam:lr=2e-4,beta1=0.5)")
    String optimizer;

    @Option(names = "--d-optimizer", description = "the discriminator's optimizer; overrides --optimizer")
    String discriminatorOptimizer;

    @Option(names = "--g-optimizer", description = "the generator's optimizer; overrides --optimizer")
    String generatorOptimizer;

    @Option(names = "--generator", description = "generator id[:key=value,...] (default for 2-D data: "
            + Ring8Defaults.GENERATOR + "; for images: dcgan)")
    String generator;

    @Option(names = "--discriminator", description = "discriminator id[:key=value,...] (default for 2-D data: "
            + Ring8Defaults.DISCRIMINATOR + "; for images: dcgan)")
    String discriminator;

    @Option(names = "--steps", description = "generator steps (default for 2-D data: " + Ring8Defaults.STEPS
            + "; for images: 1000, about one epoch of Fashion-MNIST)")
    Long steps;

    @Option(names = "--batch-size", description = "batch size (default for 2-D data: " + Ring8Defaults.BATCH_SIZE
            + "; for images: 64)")
    Integer batchSize;

    @Option(names = "--critic-steps", defaultValue = "1", description = "discriminator steps per generator step (default: ${DEFAULT-VALUE})")
    int criticSteps;

    @Option(names = "--updates", description = "alternating (D steps, then a G step) or simultaneous (both players "
            + "from the same point in one run, as TensorFlow's DCGAN tutorial) (default for 2-D data: alternating; for "
            + "images: simultaneous, or alternating with --critic-steps > 1)")
    String updates;

    @Option(names = "--g-ema", defaultValue = "0", paramLabel = "DECAY", description = "keep an exponential moving "
            + "average of the generator's weights with this decay (such as 0.999; Yazici et al. 2019) and sample, score "
            + "and export with it; 0 for none (default: ${DEFAULT-VALUE})")
    double generatorAverage;

    @Option(names = "--backend", description = "backend id[:key=value,...] (default: the highest-priority backend "
            + "found); tensorflow takes intra-op-threads, inter-op-threads (0: TensorFlow's choice) and device (cpu)")
    String backend;

    /** Where the options left out come from; set by {@link #useDefaults} before the options are read. */
    private Recipe recipe = Recipe.MIXTURES;

    /**
     * Fills in every option the user left out from a recipe.
     *
     * @param defaults the data's recipe
     */
    void useDefaults(Recipe defaults) {
        recipe = defaults;
        generator = generator != null ? generator : defaults.generator();
        discriminator = discriminator != null ? discriminator : defaults.discriminator();
        steps = steps != null ? steps : defaults.steps();
        batchSize = batchSize != null ? batchSize : defaults.batchSize();
        // several critic steps per generator step only make sense alternating, so they choose it unless told otherwise
        updates = updates != null ? updates : criticSteps > 1 ? GanChoices.ALTERNATING : defaults.updates();
        if (!GanChoices.ALTERNATING.equals(updates) && !GanChoices.SIMULTANEOUS.equals(updates)) {
            throw new InvalidArgumentException("--updates", updates, "use " + GanChoices.ALTERNATING + " or "
                    + GanChoices.SIMULTANEOUS);
        }
    }

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
                bothPlayers != null ? ProviderSpec.parse(bothPlayers) : optimizerFor(discriminatorOptimizer, recipe.discriminatorOptimizer()),
                bothPlayers != null ? ProviderSpec.parse(bothPlayers) : optimizerFor(generatorOptimizer, recipe.generatorOptimizer()),
                GanChoices.SIMULTANEOUS.equals(updates));
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
        if (!(generatorAverage == 0 || generatorAverage > 0 && generatorAverage < 1)) {
            throw new InvalidArgumentException("--g-ema", generatorAverage, "it must be 0 (no average) or a decay in (0, 1), such as 0.999");
        }
        return new TrainingConfig(batchSize, steps, criticSteps, seed, recipe.evaluationSamples(), sampleEvery,
                divergenceLimit, generatorAverage);
    }

    /**
     * Sets these options to a saved run's (for {@code --resume}).
     *
     * @param choices the saved providers
     * @param savedBatchSize the saved batch size
     * @param savedCriticSteps the saved critic steps
     * @param savedGeneratorAverage the saved decay of the generator average, 0 for none
     * @param totalSteps the steps to train to
     */
    void adopt(GanChoices choices, int savedBatchSize, int savedCriticSteps, double savedGeneratorAverage, long totalSteps) {
        optimizer = null;
        discriminatorOptimizer = choices.discriminatorOptimizer().toString();
        generatorOptimizer = choices.generatorOptimizer().toString();
        generator = choices.generator().toString();
        discriminator = choices.discriminator().toString();
        backend = choices.backend().orElse(null);
        updates = choices.simultaneous() ? GanChoices.SIMULTANEOUS : GanChoices.ALTERNATING;
        batchSize = savedBatchSize;
        criticSteps = savedCriticSteps;
        generatorAverage = savedGeneratorAverage;
        steps = totalSteps;
    }

    /** @return the schedule, one line */
    String describe() {
        return "batch=" + batchSize + " critic_steps=" + criticSteps + " steps=" + steps
                + (generatorAverage > 0 ? " g_ema=" + generatorAverage : "");
    }
}
