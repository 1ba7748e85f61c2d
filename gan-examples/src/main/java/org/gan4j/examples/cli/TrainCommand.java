package org.gan4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gan4j.core.data.GaussianMixture2D;
import org.gan4j.core.data.MixtureBatches;
import org.gan4j.core.eval.MixtureEvaluation;
import org.gan4j.core.eval.MixtureScore;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.NonFiniteValueException;
import org.gan4j.core.train.TrainingConfig;
import org.gan4j.core.train.TrainingListener;
import org.gan4j.examples.output.ConsoleProgress;
import org.gan4j.examples.output.CsvMetricsWriter;
import org.gan4j.examples.output.RunSummary;
import org.gan4j.examples.output.SamplePlotWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gan train}: trains a GAN on a 2-D mixture and writes metrics, sample plots and a summary.
 * Every default is stated once, in {@link Ring8Defaults}.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a GAN on a 2-D Gaussian mixture and write metrics.csv, samples-*.png and summary.json.")
final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", defaultValue = "ring8", description = "ring8 or grid25 (default: ${DEFAULT-VALUE})")
    private String dataset;

    @Option(names = "--loss", defaultValue = Ring8Defaults.LOSS, description = "loss id (default: ${DEFAULT-VALUE})")
    private String loss;

    @Option(names = "--regularizer", description = "regularizer id[:key=value,...]; repeat for several")
    private List<String> regularizers = new ArrayList<>();

    @Option(names = "--optimizer", description = "optimizer id[:key=value,...] for both players "
            + "(default: D " + Ring8Defaults.D_OPTIMIZER + ", G " + Ring8Defaults.G_OPTIMIZER + ")")
    private String optimizer;

    @Option(names = "--d-optimizer", description = "the discriminator's optimizer; overrides --optimizer")
    private String discriminatorOptimizer;

    @Option(names = "--g-optimizer", description = "the generator's optimizer; overrides --optimizer")
    private String generatorOptimizer;

    @Option(names = "--generator", defaultValue = Ring8Defaults.GENERATOR,
            description = "generator id[:key=value,...] (default: ${DEFAULT-VALUE})")
    private String generator;

    @Option(names = "--discriminator", defaultValue = Ring8Defaults.DISCRIMINATOR,
            description = "discriminator id[:key=value,...] (default: ${DEFAULT-VALUE})")
    private String discriminator;

    @Option(names = "--steps", defaultValue = "" + Ring8Defaults.STEPS, description = "generator steps (default: ${DEFAULT-VALUE})")
    private long steps;

    @Option(names = "--batch-size", defaultValue = "" + Ring8Defaults.BATCH_SIZE, description = "batch size (default: ${DEFAULT-VALUE})")
    private int batchSize;

    @Option(names = "--critic-steps", defaultValue = "1", description = "discriminator steps per generator step (default: ${DEFAULT-VALUE})")
    private int criticSteps;

    @Option(names = "--seed", defaultValue = "1", description = "the run's seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--sample-every", defaultValue = "0",
            description = "write a sample plot every N steps; 0 writes only the final one (default: ${DEFAULT-VALUE})")
    private long sampleEvery;

    @Option(names = "--out", description = "output folder (default: runs/<dataset>-seed<seed>)")
    private Path out;

    @Option(names = "--backend", description = "backend id (default: the highest-priority backend found)")
    private String backend;

    @Override
    public Integer call() throws IOException {
        GaussianMixture2D mixture = mixture();
        TrainingConfig config = config();
        PluginRegistry registry = PluginRegistry.load();
        GanChoices choices = choices();
        GanSetup setup = choices.assemble(registry, new MixtureBatches(mixture, config.batchSize(), config.seed()));
        Path folder = out != null ? out : Path.of("runs", dataset + "-seed" + seed);
        Files.createDirectories(folder);

        PrintWriter console = spec.commandLine().getOut();
        try (GanTrainer trainer = new GanTrainer(setup, config);
                CsvMetricsWriter csv = new CsvMetricsWriter(folder.resolve("metrics.csv"))) {
            List<TrainingListener> listeners = List.of(csv, new SamplePlotWriter(folder, mixture),
                    ConsoleProgress.forThisProcess());
            long start = System.nanoTime();
            try {
                trainer.train(listeners);
            } catch (NonFiniteValueException e) {
                throw new RunFailure(e.getMessage() + " Metrics up to that step are in " + folder.resolve("metrics.csv"), e);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            MixtureScore score = MixtureEvaluation.evaluate(trainer.sample().toFloatArray(), mixture);
            RunSummary summary = new RunSummary(dataset, seed, config.steps(), score, seconds,
                    choices.describe() + " batch=" + batchSize + " critic_steps=" + criticSteps
                            + " backend=" + setup.backend().description());
            Files.writeString(folder.resolve("summary.json"), summary.toJson());
            console.printf(Locale.ROOT, "%s seed %d: %d/%d modes, %.1f%% high quality, reverse KL %.4f, %.1f s%n",
                    dataset, seed, score.modesCovered(), score.modes(), 100 * score.highQuality(), score.reverseKl(), seconds);
            console.println("wrote " + folder.toAbsolutePath());
            console.flush();
        }
        return 0;
    }

    private GaussianMixture2D mixture() {
        return switch (dataset) {
            case "ring8", "grid25" -> GaussianMixture2D.byId(dataset);
            default -> throw new InvalidArgumentException("--dataset", dataset, "use ring8 or grid25");
        };
    }

    private TrainingConfig config() {
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
        return new TrainingConfig(batchSize, steps, criticSteps, seed, Ring8Defaults.EVALUATION_SAMPLES, sampleEvery);
    }

    private ProviderSpec optimizerFor(String perPlayer, String playerDefault) {
        return ProviderSpec.parse(perPlayer != null ? perPlayer : optimizer != null ? optimizer : playerDefault);
    }

    private GanChoices choices() {
        return new GanChoices(Optional.ofNullable(backend), ProviderSpec.parse(generator),
                ProviderSpec.parse(discriminator), ProviderSpec.parse(loss),
                regularizers.stream().map(ProviderSpec::parse).toList(),
                optimizerFor(discriminatorOptimizer, Ring8Defaults.D_OPTIMIZER),
                optimizerFor(generatorOptimizer, Ring8Defaults.G_OPTIMIZER));
    }
}
