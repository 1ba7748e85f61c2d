package org.gan4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gan4j.api.GanException;
import org.gan4j.core.data.Dataset;
import org.gan4j.core.data.GaussianMixture2D;
import org.gan4j.core.eval.MixtureEvaluation;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderSpec;
import org.gan4j.core.run.InvalidRunOptionException;
import org.gan4j.core.run.RunAssembly;
import org.gan4j.core.run.RunDescription;
import org.gan4j.core.run.RunOptions;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.NonFiniteValueException;
import org.gan4j.core.train.StopRequest;
import org.gan4j.examples.output.StudyRun;
import org.gan4j.examples.output.StudyTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gan study}: trains every combination of data set × loss × regularizers × optimizer for seeds 1..n and
 * writes {@code study.csv} (every run) and {@code study.md} (mean ± std per combination, and how many diverged).
 * Each run is a {@link RunDescription}: the shared options from the command line ({@link RunFlags#STUDY}), the
 * combination's choices, no divergence guard (a run that goes to NaN is recorded as diverged).
 */
@Command(name = "study", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = RunFlags.ForStudy.class,
        description = "Train a grid of data set x loss x regularizers x optimizer over several seeds; write study.md and study.csv.")
final class StudyCommand implements Callable<Integer> {
    private static final String NONE = "none";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    private GanCommand gan; // stop on Ctrl-C or SIGTERM: StopOnSignal

    @Option(names = "--dataset", defaultValue = "ring8", split = ",", description = "data sets, comma-separated (default: ${DEFAULT-VALUE})")
    private List<String> datasets;

    @Option(names = "--loss", defaultValue = "non-saturating", description = "a loss spec; repeat for several (default: ${DEFAULT-VALUE})")
    private List<String> losses;

    @Option(names = "--regularizer", defaultValue = NONE,
            description = "'none' or regularizer specs joined by '+' (gp:lambda=10+clip); repeat for several (default: ${DEFAULT-VALUE})")
    private List<String> regularizers;

    @Option(names = "--optimizers", description = "an optimizer spec for both players (separate or joint, such as "
            + "cg-hs:lr=0.01 or acgd); repeat to compare several (default: --optimizer, --d-optimizer and --g-optimizer)")
    private List<String> optimizers;

    @Option(names = "--seeds", defaultValue = "5", description = "seeds 1..N per combination (default: ${DEFAULT-VALUE})")
    private int seeds;

    @Option(names = "--out", defaultValue = "runs/study", description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (seeds < 1) {
            throw new InvalidArgumentException("--seeds", seeds, "it must be an integer >= 1");
        }
        for (String dataset : datasets) {
            if (Dataset.kindOf(dataset) != org.gan4j.core.data.DataKind.MIXTURE || !Dataset.IDS.contains(dataset)) {
                throw new InvalidArgumentException("--dataset", dataset, "use ring8 or grid25");
            }
        }
        PluginRegistry registry = PluginRegistry.load();
        PrintWriter console = spec.commandLine().getOut();
        Files.createDirectories(out);
        List<StudyRun> runs = new ArrayList<>();
        Set<String> recipes = new LinkedHashSet<>();
        List<String> optimizerAxis = optimizers == null ? java.util.Collections.singletonList(null) : optimizers;
        RunDescription first = null;
        StopRequest stop = gan.signals().arm("gan study", "study.csv and study.md are not written; the runs above finished.");
        String stoppedDuring = null;
        grid:
        for (String dataset : datasets) {
            for (String loss : losses) {
                for (String regularizer : regularizers) {
                    for (String optimizer : optimizerAxis) {
                        for (long seed = 1; seed <= seeds; seed++) {
                            RunDescription run;
                            StudyRun result;
                            try {
                                run = describe(dataset, loss, regularizer, optimizer, seed);
                                result = run(new RunAssembly(run, registry), loss, regularizer, stop);
                            } catch (InvalidRunOptionException e) {
                                throw asGiven(e, optimizer);
                            }
                            first = first == null ? run : first;
                            String recipe = RunLines.recipe(run);
                            if (!recipe.isEmpty()) {
                                recipes.add(loss + " with " + regularizer + ": " + recipe);
                            }
                            if (result == null) { // stopped on Ctrl-C or SIGTERM during this run
                                stoppedDuring = dataset + " " + loss + " " + regularizer + " " + (optimizer == null ? ""
                                        : optimizer + " ") + "seed " + seed;
                                break grid;
                            }
                            runs.add(result);
                            report(console, result);
                        }
                    }
                }
            }
        }
        String stopped = stoppedDuring == null ? "" : "stopped during the run " + stoppedDuring + ", which is left out: "
                + "study.csv and study.md hold the " + runs.size() + " finished runs of " + (long) datasets.size()
                * losses.size() * regularizers.size() * optimizerAxis.size() * seeds + ". Run the study again to complete it.";
        Files.writeString(out.resolve("study.csv"), StudyTable.csv(runs));
        String table = StudyTable.markdown(runs);
        Files.writeString(out.resolve("study.md"), "Command: gan " + String.join(" ", spec.commandLine().getParseResult().originalArgs())
                + "\n\nSchedule: " + RunLines.schedule(first) + "; " + (optimizers != null ? "optimizers as in the table"
                        : "optimizers D " + first.get(RunOptions.D_OPTIMIZER) + ", G " + first.get(RunOptions.G_OPTIMIZER))
                + "; generator " + first.get(RunOptions.GENERATOR) + "; discriminator " + first.get(RunOptions.DISCRIMINATOR)
                + (recipes.isEmpty() ? "" : "\n\nRecipes: " + String.join("; ", recipes))
                + (stopped.isEmpty() ? "" : "\n\nNot complete: " + stopped) + "\n\n" + table);
        console.print(table);
        console.println("wrote " + out.toAbsolutePath());
        if (!stopped.isEmpty()) {
            console.println(stopped);
        }
        console.flush();
        return stopped.isEmpty() ? 0 : ExitCodes.FAILED;
    }

    /** The run of one combination: the shared options, then the combination's. */
    private RunDescription describe(String dataset, String loss, String regularizer, String optimizer, long seed) {
        RunDescription.Builder b = RunFlags.read(spec.commandLine().getParseResult(), RunFlags.STUDY, RunDescription.builder())
                .set(RunOptions.DATASET, dataset)
                .parse(RunOptions.LOSS, loss)
                .set(RunOptions.REGULARIZERS, regularizer.equals(NONE) ? List.of()
                        : Arrays.stream(regularizer.split("\\+")).map(ProviderSpec::parse).toList())
                .set(RunOptions.SEED, seed)
                .set(RunOptions.DIVERGENCE_LIMIT, Double.POSITIVE_INFINITY);
        if (optimizer != null) {
            b.parse(RunOptions.OPTIMIZER, optimizer).parse(RunOptions.D_OPTIMIZER, optimizer)
                    .parse(RunOptions.G_OPTIMIZER, optimizer);
        }
        return b.build();
    }

    /**
     * @return the error, naming {@code --optimizers} when the spec it refuses came from there: a combination's
     *     optimizer sets the run's {@code --optimizer}, {@code --d-optimizer} and {@code --g-optimizer} at once
     */
    private static RuntimeException asGiven(InvalidRunOptionException e, String optimizer) {
        if (optimizer == null || e.keys().stream().noneMatch(key -> key.endsWith("optimizer"))) {
            return e;
        }
        return new InvalidArgumentException("--optimizers", optimizer, e.getCause() != null ? e.getCause().getMessage()
                : e.getMessage());
    }

    private static void report(PrintWriter console, StudyRun run) {
        console.printf(Locale.ROOT, "%s %s %s %s seed %d: %s, %.1f s%n", run.dataset(), run.loss(), run.regularizers(),
                run.optimizer(), run.seed(), run.diverged() ? "diverged at step " + run.divergedAt()
                        : run.score().modesCovered() + "/" + run.score().modes() + " modes, "
                        + String.format(Locale.ROOT, "%.1f%%", 100 * run.score().highQuality()) + " high quality",
                run.seconds());
        console.flush();
    }

    /** @return the run's result, or null when it was stopped on request before its last step */
    private static StudyRun run(RunAssembly assembly, String loss, String regularizer, StopRequest stop) {
        RunDescription run = assembly.run();
        GaussianMixture2D mixture = ((Dataset.Mixture) run.dataset()).mixture();
        long seed = run.get(RunOptions.SEED);
        ProviderSpec d = run.get(RunOptions.D_OPTIMIZER);
        ProviderSpec g = run.get(RunOptions.G_OPTIMIZER);
        String optimizer = d.equals(g) ? d.toString() : "D " + d + ", G " + g;
        StepAverages averages = new StepAverages();
        long start = System.nanoTime();
        try (GanTrainer trainer = assembly.trainer(assembly.data())) {
            try {
                if (trainer.train(List.of(averages), stop) < run.get(RunOptions.STEPS)) {
                    return null;
                }
            } catch (NonFiniteValueException e) {
                return new StudyRun(mixture.name(), loss, regularizer, optimizer, seed, null,
                        (System.nanoTime() - start) / 1e9, averages.msPerStep(), averages.cgIterations(), e.step());
            } catch (GanException e) {
                throw new RunFailure(mixture.name() + " " + loss + " " + regularizer + " " + optimizer + " seed " + seed
                        + " failed at step " + (trainer.completedSteps() + 1) + ": " + e.getMessage(), e);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new StudyRun(mixture.name(), loss, regularizer, optimizer, seed,
                    MixtureEvaluation.evaluate(trainer.sample().toFloatArray(), mixture), seconds, averages.msPerStep(),
                    averages.cgIterations(), -1);
        }
    }
}
