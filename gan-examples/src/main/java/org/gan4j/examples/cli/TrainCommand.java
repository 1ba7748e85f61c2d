package org.gan4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Generator;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.checkpoint.DurableFiles;
import org.gan4j.core.checkpoint.PeriodicCheckpoints;
import org.gan4j.core.data.BatchSource;
import org.gan4j.core.data.Dataset;
import org.gan4j.core.data.ImageSplits;
import org.gan4j.core.eval.ImageScoring;
import org.gan4j.core.eval.FeatureExtractor;
import org.gan4j.core.export.InferenceGenerator;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.run.RunAssembly;
import org.gan4j.core.run.RunDescription;
import org.gan4j.core.run.RunOption;
import org.gan4j.core.run.RunOptions;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.StopRequest;
import org.gan4j.core.train.TrainingListener;
import org.gan4j.core.train.TrainingStoppedException;
import org.gan4j.examples.output.ConsoleProgress;
import org.gan4j.examples.output.CsvMetricsWriter;
import org.gan4j.examples.output.CurvesPlot;
import org.gan4j.examples.output.HtmlReport;
import org.gan4j.examples.output.ImageMetricsListener;
import org.gan4j.examples.output.RunHistory;
import org.gan4j.examples.output.TensorBoardListener;
import org.gan4j.examples.runfolder.FreshStart;
import org.gan4j.examples.runfolder.PendingReplace;
import org.gan4j.examples.runfolder.ResumedOutputs;
import org.gan4j.examples.runfolder.RunFiles;
import org.gan4j.examples.runfolder.RunFolderContents;
import org.gan4j.examples.runfolder.RunFolderLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gan train}: trains a GAN on a 2-D mixture or on images and writes metrics, sample pictures, checkpoints
 * and a summary; {@code gan train --resume DIR} continues a run from its newest checkpoint. Its run options, their
 * defaults per kind of data and their help come from {@link RunOptions} ({@link RunFlags}); the command parses them
 * into a {@link RunDescription} and assembles it ({@link RunAssembly}).
 *
 * <p>The run folder is locked for the whole command ({@link RunFolderLock}). A new run starts in an empty folder
 * of its own ({@link FreshStart}): the default folder gets a numbered sibling when it is taken, and an earlier run
 * replaced with {@code --overwrite} is kept until the new one has a checkpoint. Everything is built before the
 * folder is touched. A resumed run cuts the folder back to its checkpoint ({@link ResumedOutputs}) and rebuilds its
 * plots and TensorBoard events from {@code metrics.csv}; one whose steps are done but whose outputs are not (its
 * process ended during the export) finishes them.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = RunFlags.ForTrain.class,
        description = "Train a GAN on a 2-D Gaussian mixture or on images (Fashion-MNIST, or any IDX set with --data) "
                + "and write metrics.csv, samples-*.png, checkpoints/ and summary.json. --resume continues a run "
                + "exactly where its newest checkpoint left it.")
final class TrainCommand implements Callable<Integer> {
    private static final String RESUME = "--resume";
    private static final String OUT = "--out";
    private static final String COMMAND = "gan train";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    private GanCommand gan; // stop on Ctrl-C or SIGTERM: StopOnSignal

    @Option(names = OUT, description = "output folder (default: runs/<dataset>-seed<seed>, or runs/<dataset>-seed<seed>-2, "
            + "-3, ... when that one holds a run)")
    private Path out;

    @Option(names = "--overwrite", description = "start afresh in an --out folder that already holds a run, replacing "
            + "it once the new run has written its first checkpoint (it is restored if the new run ends before)")
    private boolean overwrite;

    @Option(names = RESUME, paramLabel = "DIR",
            description = "continue the run in DIR (its output folder, or one of its checkpoints/step-N folders) "
                    + "from that checkpoint, with the configuration it was made with; --steps may extend it. "
                    + "An older checkpoint than the newest rewinds the run, deleting its later checkpoints")
    private Path resume;

    @Override
    public Integer call() throws IOException {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        return resume != null ? resumeRun(given) : newRun(given);
    }

    private int newRun(CommandLine.ParseResult given) throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        RunDescription run = RunFlags.read(given, RunFlags.TRAIN, RunDescription.builder()).build();
        Path standard = Path.of("runs", run.dataset().name() + "-seed" + run.get(RunOptions.SEED));
        try (FreshStart start = out != null ? FreshStart.lock(OUT, out, overwrite, COMMAND)
                : FreshStart.lockFirstFree(standard, COMMAND)) {
            Path folder = start.folder();
            start.settled().ifPresent(console::println);
            if (out == null && !folder.equals(standard)) {
                console.println(standard + " holds another run; this one goes to " + folder);
            }
            Built built = Built.of(run);
            try (GanTrainer trainer = new GanTrainer(built.setup(), run.trainingConfig())) {
                if (start.replaceEarlierRun()) {
                    console.println("replacing the run in " + folder + " (--overwrite); it is kept until this run writes "
                            + "its first checkpoint, and restored if this run ends before that");
                }
                try {
                    return trainAndFinish(folder, run, built, trainer);
                } catch (RuntimeException e) {
                    start.end().ifPresent(note -> console.println(note));
                    throw e;
                }
            }
        }
    }

    private int resumeRun(CommandLine.ParseResult given) throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        Path folder = ResumePoint.runFolderOf(resume);
        if (!Files.isDirectory(folder.resolve(RunFiles.CHECKPOINTS)) && !Files.exists(folder.resolve(RunFiles.LOCK))) {
            ResumePoint.locate(RESUME, resume); // not a run folder: says what it should be, and locks nothing
        }
        try (RunFolderLock lock = RunFolderLock.acquire(RESUME, folder, COMMAND + " --resume")) {
            PendingReplace.settle(folder).ifPresent(console::println);
            ResumePoint point = ResumePoint.locate(RESUME, resume); // now that no other command can write
            Checkpoint checkpoint = CheckpointStore.load(point.checkpoint()); // verified before anything is built
            RunFolderContents contents = RunFolderContents.of(folder);
            RunDescription run = resumed(checkpoint, given, contents);
            long step = checkpoint.manifest().step();
            if (run.get(RunOptions.STEPS) == step && contents.isFinished()
                    && contents.newestCheckpoint().getAsLong() == step) {
                // resuming is idempotent: a finished run is left as it is, so a retried or repeated command succeeds
                console.println("the run in " + folder + " finished at step " + step + "; nothing to train. Pass --steps N "
                        + "(N > " + step + ") to train it further");
                return 0;
            }
            Built built = Built.of(run);
            try (GanTrainer trainer = new GanTrainer(built.setup(), run.trainingConfig())) {
                checkpoint.restoreInto(trainer); // checks every variable's name and shape before writing any
                ResumedOutputs.cutBackTo(folder, checkpointStore(folder, run), step).ifPresent(console::println);
                console.println(step < run.get(RunOptions.STEPS) ? "resuming from " + checkpoint.folder() + " at step "
                        + step : "the run reached step " + step + " but its outputs are unfinished (its process ended "
                        + "while writing them); finishing them");
                return trainAndFinish(folder, run, built, trainer);
            }
        }
    }

    /** What a run description assembles into, built before the run folder is touched. */
    private record Built(RunAssembly assembly, BatchSource data, GanSetup setup, SortedMap<String, String> manifest,
            Optional<ImageScoring> scoring) {
        static Built of(RunDescription run) {
            RunAssembly assembly = new RunAssembly(run, PluginRegistry.load());
            Optional<ImageScoring> scoring = assembly.scoring();
            BatchSource data = assembly.data();
            GanSetup setup = assembly.setup(data);
            return new Built(assembly, data, setup, assembly.manifest(), scoring);
        }
    }

    private static CheckpointStore checkpointStore(Path folder, RunDescription run) {
        return new CheckpointStore(folder.resolve(RunFiles.CHECKPOINTS), run.get(RunOptions.KEEP_CHECKPOINTS));
    }

    /** Trains the remaining steps in the locked folder and writes the final outputs, {@code summary.json} last. */
    private int trainAndFinish(Path folder, RunDescription run, Built built, GanTrainer trainer) throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        TrainingData output = TrainingData.of(run.dataset());
        boolean images = output instanceof TrainingData.Images;
        long seed = run.get(RunOptions.SEED);
        long steps = run.get(RunOptions.STEPS);
        CheckpointStore store = checkpointStore(folder, run);
        String recipe = RunLines.recipe(run);
        if (!recipe.isEmpty()) {
            console.println(recipe);
        }
        CurvesPlot curves = new CurvesPlot(folder, steps);
        ImageMetricsListener imageMetrics = null;
        RunHistory history;
        double seconds;
        long evalEvery = run.get(RunOptions.EVAL_EVERY);
        try (CsvMetricsWriter csv = CsvMetricsWriter.resuming(folder.resolve(RunFiles.METRICS), trainer.completedSteps())) {
            history = RunHistory.read(folder);
            curves.replay(history);
            try (TensorBoardListener tensorBoard = TensorBoardListener.resuming(folder, history, images);
                    FeatureExtractor features = built.scoring().map(scoring -> scoring.features().open(
                            built.setup().backend())).orElse(null)) {
                TrainingListener samples = output.sampleWriter(folder);
                List<TrainingListener> listeners = new ArrayList<>(List.of(csv, samples,
                        new PeriodicCheckpoints(trainer, store, run.get(RunOptions.CHECKPOINT_EVERY), built.manifest()),
                        ConsoleProgress.forThisProcess(), tensorBoard, curves));
                if (features != null) {
                    ImageSplits splits = built.scoring().orElseThrow().splits();
                    imageMetrics = new ImageMetricsListener(evalEvery, run.get(RunOptions.EVAL_SAMPLES), trainer::generate,
                            features, splits.train(), splits.heldOut(), tensorBoard, console, folder);
                    listeners.add(imageMetrics);
                }
                if (trainer.completedSteps() >= steps && !Files.exists(folder.resolve(RunFiles.samples(steps)))) {
                    var drawn = trainer.sample(); // the final picture, lost with the process that was to draw it
                    List.of(samples, tensorBoard).forEach(l -> l.onSamples(steps, drawn));
                }
                StopRequest stop = gan.signals().arm("gan train", StoppedRun.cutShort(folder)); // Ctrl-C, SIGTERM
                seconds = train(trainer, listeners, folder, store, stop);
            }
        }
        if (trainer.completedSteps() < steps) { // stopped on Ctrl-C or SIGTERM, its last step saved: no report
            curves.write();
            console.println(StoppedRun.line(trainer.completedSteps(), steps,
                    store.folder().resolve(CheckpointStore.nameOf(trainer.completedSteps())), folder));
            console.flush();
            return ExitCodes.FAILED;
        }
        curves.write();
        Map<String, Double> scores = imageMetrics != null && imageMetrics.latest() != null ? imageMetrics.latest().asMap()
                : RunHistory.read(folder).scores().getOrDefault(steps, Map.of());
        if (images) {
            Path exported = exportGenerator(trainer, built.assembly().generator(built.data().sampleShape()), run, folder);
            console.println("exported the generator to " + exported + " (gan sample --model " + exported + ")");
        }
        String configuration = RunLines.configuration(run, built.setup().backend().description());
        TrainingData.FinalReport report = output.finish(trainer.sample(), seed, steps, seconds, configuration, folder,
                scores);
        HtmlReport.write(folder, output.id() + " seed " + seed + ", " + steps + " steps", configuration,
                RunFiles.samples(steps), report.figures(), report.note());
        writeAtomically(folder.resolve(RunFiles.SUMMARY), report.summary().toJson());
        console.println(report.line());
        console.println("wrote " + folder.toAbsolutePath());
        console.flush();
        return 0;
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        DurableFiles.write(temporary, text.getBytes(StandardCharsets.UTF_8));
        DurableFiles.moveAtomically(temporary, file);
    }

    /** Replaces {@code <folder>/generator} with the trained generator as a SavedModel, through a temporary folder. */
    private static Path exportGenerator(GanTrainer trainer, Generator fresh, RunDescription run, Path folder)
            throws IOException {
        Path target = folder.resolve(RunFiles.GENERATOR);
        Path temporary = folder.resolve(RunFiles.GENERATOR + ".tmp-" + ProcessHandle.current().pid());
        try (var entries = Files.list(folder)) { // any other is left by a process that ended while exporting
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(RunFiles.GENERATOR + ".tmp-")).toList()) {
                DurableFiles.deleteTree(p);
            }
        }
        try (InferenceGenerator generator = new InferenceGenerator(trainer.setup().backend(), fresh,
                trainer.samplingState(), run.get(RunOptions.NOISE))) {
            generator.export(temporary);
        }
        DurableFiles.deleteTree(target);
        DurableFiles.moveAtomically(temporary, target);
        return target;
    }

    /** @return the wall time of training, in seconds */
    private static double train(GanTrainer trainer, List<TrainingListener> listeners, Path folder, CheckpointStore store,
            StopRequest stop) {
        long start = System.nanoTime();
        try {
            trainer.train(listeners, stop);
            return (System.nanoTime() - start) / 1e9;
        } catch (TrainingStoppedException e) {
            String kept = store.newest().map(p -> " The newest checkpoint, " + p + ", holds the state before it and is "
                    + "intact.").orElse("");
            throw new RunFailure(e.getMessage() + " Metrics up to that step are in " + folder.resolve(RunFiles.METRICS)
                    + "." + kept, e);
        } catch (GanException | IllegalStateException | java.io.UncheckedIOException e) {
            // the backend or a listener failed while training: the run failed, the usage was fine
            throw new RunFailure("training failed at step " + (trainer.completedSteps() + 1) + ": " + e.getMessage()
                    + (e.getCause() != null && e.getCause().getMessage() != null ? " (" + e.getCause().getMessage() + ")"
                            : ""), e);
        }
    }

    /**
     * The saved run, with the options a resumed run may change set anew from the command line.
     *
     * @param contents what the run folder holds, to tell a finished run from one whose final outputs are unwritten
     * @throws InvalidArgumentException for options that would change what is trained, a --steps below the
     *     checkpoint's step, or a --steps given equal to the step a run finished at
     */
    private static RunDescription resumed(Checkpoint checkpoint, CommandLine.ParseResult given, RunFolderContents contents) {
        TreeSet<String> resumable = new TreeSet<>(List.of(RESUME));
        RunOptions.all().stream().filter(o -> o.flag() != null && o.resumable()).map(RunOption::flag).forEach(resumable::add);
        List<String> refused = given.matchedOptions().stream().map(o -> o.longestName())
                .filter(name -> !resumable.contains(name)).distinct().toList();
        if (!refused.isEmpty()) {
            throw new InvalidArgumentException(String.join(", ", refused), "given with --resume",
                    "a resumed run keeps the configuration its checkpoint was made with (see its manifest.properties); "
                            + "only " + resumable + " may be given. To change the model or "
                            + "the optimizers, start a new run with another --out.");
        }
        RunDescription run = RunFlags.read(given, RunOption::resumable, checkpoint.description().toBuilder()).build();
        long step = checkpoint.manifest().step();
        long steps = run.get(RunOptions.STEPS);
        boolean finishedHere = contents.isFinished() && contents.newestCheckpoint().getAsLong() == step;
        if (steps < step || (steps == step && finishedHere && given.hasMatchedOption("--steps"))) {
            throw new InvalidArgumentException("--steps", steps, "the checkpoint is at step " + step + (finishedHere
                    ? ", where the run finished" : ", beyond it") + "; pass --steps N with N > " + step
                    + " to train further");
        }
        return run;
    }
}
