package org.gan4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import picocli.CommandLine.Mixin;
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

    @Mixin
    private TrainingOptions options;

    @Option(names = "--seed", defaultValue = "1", description = "the run's seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--sample-every", defaultValue = "0",
            description = "write a sample plot every N steps; 0 writes only the final one (default: ${DEFAULT-VALUE})")
    private long sampleEvery;

    @Option(names = "--out", description = "output folder (default: runs/<dataset>-seed<seed>)")
    private Path out;

    @Override
    public Integer call() throws IOException {
        GaussianMixture2D mixture = Datasets.mixture(dataset);
        TrainingConfig config = options.config(seed, sampleEvery);
        GanChoices choices = options.choices(loss, regularizers);
        GanSetup setup = choices.assemble(PluginRegistry.load(), new MixtureBatches(mixture, config.batchSize(), config.seed()));
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
                    choices.describe() + " " + options.describe() + " backend=" + setup.backend().description());
            Files.writeString(folder.resolve("summary.json"), summary.toJson());
            console.printf(Locale.ROOT, "%s seed %d: %d/%d modes, %.1f%% high quality, reverse KL %.4f, %.1f s%n",
                    dataset, seed, score.modesCovered(), score.modes(), 100 * score.highQuality(), score.reverseKl(), seconds);
            console.println("wrote " + folder.toAbsolutePath());
            console.flush();
        }
        return 0;
    }
}
