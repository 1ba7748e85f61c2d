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
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.NonFiniteValueException;
import org.gan4j.core.train.TrainingConfig;
import org.gan4j.examples.output.StudyRun;
import org.gan4j.examples.output.StudyTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gan study}: trains every combination of data set × loss × regularizers × optimizer for seeds 1..n and
 * writes {@code study.csv} (every run) and {@code study.md} (mean ± std per combination, and how many diverged).
 */
@Command(name = "study", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a grid of data set x loss x regularizers x optimizer over several seeds; write study.md and study.csv.")
final class StudyCommand implements Callable<Integer> {
    private static final String NONE = "none";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", defaultValue = "ring8", split = ",", description = "data sets, comma-separated (default: ${DEFAULT-VALUE})")
    private List<String> datasets;

    @Option(names = "--loss", defaultValue = Ring8Defaults.LOSS, description = "a loss spec; repeat for several (default: ${DEFAULT-VALUE})")
    private List<String> losses;

    @Option(names = "--regularizer", defaultValue = NONE,
            description = "'none' or regularizer specs joined by '+' (gp:lambda=10+clip); repeat for several (default: ${DEFAULT-VALUE})")
    private List<String> regularizers;

    @Option(names = "--optimizers", description = "an optimizer spec for both players (separate or joint, such as "
            + "cg-hs:lr=0.01 or acgd); repeat to compare several (default: --optimizer, --d-optimizer and --g-optimizer)")
    private List<String> optimizers;

    @Option(names = "--seeds", defaultValue = "5", description = "seeds 1..N per combination (default: ${DEFAULT-VALUE})")
    private int seeds;

    @Mixin
    private TrainingOptions options;

    @Option(names = "--out", defaultValue = "runs/study", description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (seeds < 1) {
            throw new InvalidArgumentException("--seeds", seeds, "it must be an integer >= 1");
        }
        options.useDefaults(Recipe.MIXTURES);
        List<GaussianMixture2D> mixtures = datasets.stream().map(Datasets::mixture).toList();
        PluginRegistry registry = PluginRegistry.load();
        PrintWriter console = spec.commandLine().getOut();
        Files.createDirectories(out);
        List<StudyRun> runs = new ArrayList<>();
        List<String> optimizerAxis = optimizers == null ? java.util.Collections.singletonList(null) : optimizers;
        for (GaussianMixture2D mixture : mixtures) {
            for (String loss : losses) {
                for (String regularizer : regularizers) {
                    List<String> regs = regularizer.equals(NONE) ? List.of() : List.of(regularizer.split("\\+"));
                    for (String optimizer : optimizerAxis) {
                        GanChoices choices = options.choices(loss, regs, optimizer);
                        for (long seed = 1; seed <= seeds; seed++) {
                            StudyRun run = run(registry, mixture, choices, loss, regularizer, seed);
                            runs.add(run);
                            report(console, run);
                        }
                    }
                }
            }
        }
        Files.writeString(out.resolve("study.csv"), StudyTable.csv(runs));
        String table = StudyTable.markdown(runs);
        GanChoices shared = options.choices(losses.get(0), List.of());
        Files.writeString(out.resolve("study.md"), "Command: gan " + String.join(" ", spec.commandLine().getParseResult().originalArgs())
                + "\n\nSchedule: " + options.describe() + "; " + (optimizers != null ? "optimizers as in the table"
                        : "optimizers D " + shared.discriminatorOptimizer() + ", G " + shared.generatorOptimizer())
                + "; generator " + shared.generator() + "; discriminator " + shared.discriminator() + "\n\n" + table);
        console.print(table);
        console.println("wrote " + out.toAbsolutePath());
        console.flush();
        return 0;
    }

    private static void report(PrintWriter console, StudyRun run) {
        console.printf(Locale.ROOT, "%s %s %s %s seed %d: %s, %.1f s%n", run.dataset(), run.loss(), run.regularizers(),
                run.optimizer(), run.seed(), run.diverged() ? "diverged at step " + run.divergedAt()
                        : run.score().modesCovered() + "/" + run.score().modes() + " modes, "
                        + String.format(Locale.ROOT, "%.1f%%", 100 * run.score().highQuality()) + " high quality",
                run.seconds());
        console.flush();
    }

    private StudyRun run(PluginRegistry registry, GaussianMixture2D mixture, GanChoices choices, String loss,
            String regularizer, long seed) {
        TrainingConfig config = options.config(seed, 0);
        String optimizer = choices.discriminatorOptimizer().equals(choices.generatorOptimizer())
                ? choices.discriminatorOptimizer().toString()
                : "D " + choices.discriminatorOptimizer() + ", G " + choices.generatorOptimizer();
        StepAverages averages = new StepAverages();
        long start = System.nanoTime();
        try (GanTrainer trainer = new GanTrainer(choices.assemble(registry, new MixtureBatches(mixture, config.batchSize(), seed)), config)) {
            try {
                trainer.train(List.of(averages));
            } catch (NonFiniteValueException e) {
                return new StudyRun(mixture.name(), loss, regularizer, optimizer, seed, null,
                        (System.nanoTime() - start) / 1e9, averages.msPerStep(), averages.cgIterations(), e.step());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new StudyRun(mixture.name(), loss, regularizer, optimizer, seed,
                    MixtureEvaluation.evaluate(trainer.sample().toFloatArray(), mixture), seconds, averages.msPerStep(),
                    averages.cgIterations(), -1);
        }
    }
}
