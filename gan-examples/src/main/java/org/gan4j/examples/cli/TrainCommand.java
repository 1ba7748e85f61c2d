package org.gan4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.gan4j.core.eval.FrozenClassifier;
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
import org.gan4j.examples.output.TensorBoardListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gan train}: trains a GAN on a 2-D mixture or on images and writes metrics, sample pictures, checkpoints
 * and a summary; {@code gan train --resume DIR} continues a run from its newest checkpoint. Its run options, their
 * defaults per kind of data and their help come from {@link RunOptions} ({@link RunFlags}); the command parses them
 * into a {@link RunDescription} and assembles it ({@link RunAssembly}).
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = RunFlags.ForTrain.class,
        description = "Train a GAN on a 2-D Gaussian mixture or on images (Fashion-MNIST, or any IDX set with --data) "
                + "and write metrics.csv, samples-*.png, checkpoints/ and summary.json. --resume continues a run "
                + "exactly where its newest checkpoint left it.")
final class TrainCommand implements Callable<Integer> {
    private static final String RESUME = "--resume";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    private GanCommand gan; // stop on Ctrl-C or SIGTERM: StopOnSignal

    @Option(names = "--out", description = "output folder (default: runs/<dataset>-seed<seed>)")
    private Path out;

    @Option(names = "--overwrite", description = "start afresh in an --out folder that already holds a run's "
            + "checkpoints, deleting them (without it, such a folder is refused)")
    private boolean overwrite;

    @Option(names = RESUME, paramLabel = "DIR",
            description = "continue the run in DIR (its output folder, or one of its checkpoints/step-N folders) "
                    + "from that checkpoint, with the configuration it was made with; --steps may extend it")
    private Path resume;

    @Override
    public Integer call() throws IOException {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        RunDescription run;
        Checkpoint checkpoint = null;
        Path folder;
        if (resume != null) {
            ResumePoint point = ResumePoint.locate(RESUME, resume);
            checkpoint = CheckpointStore.load(point.checkpoint()); // verified before anything is built or written
            run = resumed(checkpoint, given);
            folder = point.runFolder();
        } else {
            run = RunFlags.read(given, RunFlags.TRAIN, RunDescription.builder()).build();
            folder = out != null ? out : Path.of("runs", run.get(RunOptions.DATASET) + "-seed" + run.get(RunOptions.SEED));
            refuseToReplace(folder);
        }
        RunAssembly assembly = new RunAssembly(run, PluginRegistry.load());
        BatchSource data = assembly.data();
        GanSetup setup = assembly.setup(data);
        SortedMap<String, String> manifest = assembly.manifest();
        TrainingData output = TrainingData.of(run.dataset());
        long seed = run.get(RunOptions.SEED);
        long steps = run.get(RunOptions.STEPS);
        Files.createDirectories(folder);
        CheckpointStore store = new CheckpointStore(folder.resolve("checkpoints"), run.get(RunOptions.KEEP_CHECKPOINTS));
        if (overwrite) {
            store.deleteAll();
        }

        PrintWriter console = spec.commandLine().getOut();
        String recipe = RunLines.recipe(run);
        if (!recipe.isEmpty()) {
            console.println(recipe);
        }
        try (GanTrainer trainer = new GanTrainer(setup, run.trainingConfig());
                TensorBoardListener tensorBoard = new TensorBoardListener(folder)) {
            if (checkpoint != null) {
                checkpoint.restoreInto(trainer); // checks every variable's name and shape before writing any
                console.println("resuming from " + checkpoint.folder() + " at step " + trainer.completedSteps());
            }
            CurvesPlot curves = new CurvesPlot(folder);
            ImageMetricsListener imageMetrics = null;
            long evalEvery = run.get(RunOptions.EVAL_EVERY);
            double seconds;
            try (CsvMetricsWriter csv = CsvMetricsWriter.resuming(folder.resolve("metrics.csv"), trainer.completedSteps());
                    FrozenClassifier classifier = evalEvery > 0 ? FrozenClassifier.fashionMnist(setup.backend()) : null) {
                List<TrainingListener> listeners = new ArrayList<>(List.of(csv, output.sampleWriter(folder),
                        new PeriodicCheckpoints(trainer, store, run.get(RunOptions.CHECKPOINT_EVERY), manifest),
                        ConsoleProgress.forThisProcess(), tensorBoard, curves));
                if (classifier != null) {
                    Dataset.IdxImages images = (Dataset.IdxImages) run.dataset();
                    imageMetrics = new ImageMetricsListener(evalEvery, run.get(RunOptions.EVAL_SAMPLES), trainer::generate,
                            classifier, images.load("train"), images.load("t10k"), tensorBoard, console, folder);
                    listeners.add(imageMetrics);
                }
                StopRequest stop = gan.signals().arm("gan train", StoppedRun.cutShort(folder)); // Ctrl-C, SIGTERM
                seconds = train(trainer, listeners, folder, store, stop);
            }
            if (trainer.completedSteps() < steps) { // stopped on Ctrl-C or SIGTERM, its last step saved: no report
                console.println(StoppedRun.line(trainer.completedSteps(), steps,
                        store.folder().resolve(CheckpointStore.nameOf(trainer.completedSteps())), folder));
                console.flush();
                return ExitCodes.FAILED;
            }
            curves.write();
            String configuration = RunLines.configuration(run, setup.backend().description());
            TrainingData.FinalReport report = output.finish(trainer.sample(), seed, steps, seconds, configuration, folder,
                    imageMetrics == null || imageMetrics.latest() == null ? Map.of() : imageMetrics.latest().asMap());
            console.println(report.line());
            HtmlReport.write(folder, output.id() + " seed " + seed + ", " + steps + " steps", configuration,
                    String.format("samples-%06d.png", steps), report.figures(), report.note());
            if (output instanceof TrainingData.Images) {
                Path exported = exportGenerator(trainer, assembly.generator(data.sampleShape()), run, folder);
                console.println("exported the generator to " + exported + " (gan sample --model " + exported + ")");
            }
            console.println("wrote " + folder.toAbsolutePath());
            console.flush();
        }
        return 0;
    }

    /** Replaces {@code <folder>/generator} with the trained generator as a SavedModel, through a temporary folder. */
    private static Path exportGenerator(GanTrainer trainer, Generator fresh, RunDescription run, Path folder)
            throws IOException {
        Path target = folder.resolve("generator");
        Path temporary = folder.resolve("generator.tmp-" + ProcessHandle.current().pid());
        DurableFiles.deleteTree(temporary);
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
            throw new RunFailure(e.getMessage() + " Metrics up to that step are in " + folder.resolve("metrics.csv")
                    + "." + kept, e);
        } catch (GanException e) {
            // the backend or a listener failed while training: the run failed, the usage was fine
            throw new RunFailure("training failed at step " + (trainer.completedSteps() + 1) + ": " + e.getMessage(), e);
        }
    }

    /** A fresh run never mixes its checkpoints with another run's, unless told to replace them. */
    private void refuseToReplace(Path folder) {
        List<Path> existing = new CheckpointStore(folder.resolve("checkpoints"), 1).checkpoints();
        if (!existing.isEmpty() && !overwrite) {
            throw new InvalidArgumentException("--out", folder, "it already holds a run, with checkpoints up to "
                    + existing.get(existing.size() - 1).getFileName() + ". Continue it with --resume " + folder
                    + ", write elsewhere with --out DIR, or pass --overwrite to replace it");
        }
    }

    /**
     * The saved run, with the options a resumed run may change set anew from the command line.
     *
     * @throws InvalidArgumentException for options that would change what is trained, or too few steps
     */
    private static RunDescription resumed(Checkpoint checkpoint, CommandLine.ParseResult given) {
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
        if (run.get(RunOptions.STEPS) <= step) {
            throw new InvalidArgumentException("--steps", run.get(RunOptions.STEPS), "the checkpoint is at step " + step
                    + ", which already reaches it; pass a larger --steps to train further");
        }
        return run;
    }
}
