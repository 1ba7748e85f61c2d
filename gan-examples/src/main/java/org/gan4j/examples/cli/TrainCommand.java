package org.gan4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.gan4j.api.GanException;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointManifest;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.checkpoint.DurableFiles;
import org.gan4j.core.checkpoint.PeriodicCheckpoints;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.eval.FrozenClassifier;
import org.gan4j.core.export.InferenceGenerator;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderSpec;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.TrainingConfig;
import org.gan4j.core.train.TrainingListener;
import org.gan4j.core.train.TrainingStoppedException;
import org.gan4j.examples.output.ConsoleProgress;
import org.gan4j.examples.output.CsvMetricsWriter;
import org.gan4j.examples.output.CurvesPlot;
import org.gan4j.examples.output.HtmlReport;
import org.gan4j.examples.output.ImageMetricsListener;
import org.gan4j.examples.output.TensorBoardListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code gan train}: trains a GAN on a 2-D mixture or on images and writes metrics, sample pictures, checkpoints
 * and a summary; {@code gan train --resume DIR} continues a run from its newest checkpoint. The defaults depend on
 * the data ({@link Recipe}); the command's own are in {@link Ring8Defaults}.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a GAN on a 2-D Gaussian mixture or on images (Fashion-MNIST, or any IDX set with --data) "
                + "and write metrics.csv, samples-*.png, checkpoints/ and summary.json. --resume continues a run "
                + "exactly where its newest checkpoint left it.")
final class TrainCommand implements Callable<Integer> {
    /** The options a resumed run may change: none of them alters what is trained. */
    private static final Set<String> RESUMABLE = Set.of("--resume", "--steps", "--checkpoint-every",
            "--keep-checkpoints", "--divergence-limit", "--sample-every", "--eval-every", "--eval-samples");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", defaultValue = "ring8",
            description = "ring8, grid25 or fashion-mnist (default: ${DEFAULT-VALUE})")
    private String dataset;

    @Option(names = "--data", paramLabel = "DIR", description = "the folder of an image data set's IDX files "
            + "(train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz]); default for fashion-mnist: Debian's "
            + "/usr/share/datasets/fashion-mnist (apt-get install dataset-fashion-mnist)")
    private Path data;

    @Option(names = "--loss", description = "loss id (default: " + Ring8Defaults.LOSS + ")")
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

    @Option(names = "--checkpoint-every", defaultValue = "" + Ring8Defaults.CHECKPOINT_EVERY,
            description = "save a checkpoint every N steps, and always at the end (default: ${DEFAULT-VALUE})")
    private long checkpointEvery;

    @Option(names = "--keep-checkpoints", defaultValue = "" + Ring8Defaults.KEEP_CHECKPOINTS,
            description = "how many of the newest checkpoints to keep (default: ${DEFAULT-VALUE})")
    private int keepCheckpoints;

    @Option(names = "--divergence-limit", defaultValue = "" + Ring8Defaults.DIVERGENCE_LIMIT,
            description = "stop when a loss's magnitude exceeds this; Infinity turns the guard off (default: ${DEFAULT-VALUE})")
    private double divergenceLimit;

    @Option(names = "--overwrite", description = "start afresh in an --out folder that already holds a run's "
            + "checkpoints, deleting them (without it, such a folder is refused)")
    private boolean overwrite;

    @Option(names = "--eval-every", defaultValue = "0", paramLabel = "STEPS", description = "for image data: score the "
            + "generator (FID, KID, precision/recall, class shares) every STEPS steps and at the end; 0 turns it off "
            + "(default: ${DEFAULT-VALUE})")
    private long evalEvery;

    @Option(names = "--eval-samples", defaultValue = "2000", paramLabel = "N",
            description = "generated images per score with --eval-every (default: ${DEFAULT-VALUE})")
    private int evalSamples;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "continue the run in DIR (its output folder, or one of its checkpoints/step-N folders) "
                    + "from that checkpoint, with the configuration it was made with; --steps may extend it")
    private Path resume;

    @Override
    public Integer call() throws IOException {
        Path folder;
        Checkpoint checkpoint = null;
        if (resume != null) {
            ResumePoint point = ResumePoint.locate(resume);
            checkpoint = CheckpointStore.load(point.checkpoint()); // verified before anything is built or written
            adopt(SavedRun.from(checkpoint), checkpoint.manifest());
            adoptRunSettings(checkpoint);
            folder = point.runFolder();
        } else {
            folder = out != null ? out : Path.of("runs", dataset + "-seed" + seed);
        }
        validateCheckpointOptions();
        if (checkpoint == null) {
            refuseToReplace(folder);
        }
        TrainingData trainingData = TrainingData.of(dataset, data);
        validateEvaluationOptions(trainingData);
        options.useDefaults(trainingData.recipe());
        loss = loss != null ? loss : trainingData.recipe().loss();
        TrainingConfig config = options.config(seed, sampleEvery, divergenceLimit);
        GanChoices choices = options.choices(loss, regularizers);
        PluginRegistry registry = PluginRegistry.load();
        GanSetup setup = choices.assemble(registry, trainingData.batches(config.batchSize(), config.seed()));
        SortedMap<String, String> run = new SavedRun(dataset, data, choices, config.batchSize(),
                config.discriminatorSteps(), seed, config.steps(), config.generatorAverage()).toMap();
        run.putAll(choices.versions(registry));
        run.put("checkpoint_every", Long.toString(checkpointEvery));
        run.put("keep_checkpoints", Integer.toString(keepCheckpoints));
        run.put("divergence_limit", Double.toString(divergenceLimit));
        run.put("sample_every", Long.toString(sampleEvery));
        Files.createDirectories(folder);
        CheckpointStore store = new CheckpointStore(folder.resolve("checkpoints"), keepCheckpoints);
        if (overwrite) {
            store.deleteAll();
        }

        PrintWriter console = spec.commandLine().getOut();
        try (GanTrainer trainer = new GanTrainer(setup, config); TensorBoardListener tensorBoard = new TensorBoardListener(folder)) {
            if (checkpoint != null) {
                checkpoint.restoreInto(trainer); // checks every variable's name and shape before writing any
                console.println("resuming from " + checkpoint.folder() + " at step " + trainer.completedSteps());
            }
            CurvesPlot curves = new CurvesPlot(folder);
            ImageMetricsListener imageMetrics = null;
            double seconds;
            try (CsvMetricsWriter csv = CsvMetricsWriter.resuming(folder.resolve("metrics.csv"), trainer.completedSteps());
                    FrozenClassifier classifier = evalEvery > 0 ? FrozenClassifier.fashionMnist(setup.backend()) : null) {
                List<TrainingListener> listeners = new ArrayList<>(List.of(csv, trainingData.sampleWriter(folder),
                        new PeriodicCheckpoints(trainer, store, checkpointEvery, run), ConsoleProgress.forThisProcess(),
                        tensorBoard, curves));
                if (classifier != null) {
                    TrainingData.Images images = (TrainingData.Images) trainingData;
                    imageMetrics = new ImageMetricsListener(evalEvery, evalSamples, trainer::generate, classifier,
                            ImageDataset.load(images.folder(), "train"), ImageDataset.load(images.folder(), "t10k"),
                            tensorBoard, console, folder);
                    listeners.add(imageMetrics);
                }
                seconds = train(trainer, listeners, folder, store);
            }
            curves.write();
            String configuration = choices.describe() + " " + options.describe() + " backend=" + setup.backend().description();
            TrainingData.FinalReport report = trainingData.finish(trainer.sample(), seed, config.steps(), seconds,
                    configuration, folder, imageMetrics == null || imageMetrics.latest() == null ? Map.of()
                            : imageMetrics.latest().asMap());
            console.println(report.line());
            HtmlReport.write(folder, trainingData.id() + " seed " + seed + ", " + config.steps() + " steps", configuration,
                    String.format("samples-%06d.png", config.steps()), report.figures(), report.note());
            if (trainingData instanceof TrainingData.Images) {
                Path exported = exportGenerator(trainer, choices.newGenerator(registry, setup.data().sampleShape()), folder);
                console.println("exported the generator to " + exported + " (gan sample --model " + exported + ")");
            }
            console.println("wrote " + folder.toAbsolutePath());
            console.flush();
        }
        return 0;
    }

    /** Replaces {@code <folder>/generator} with the trained generator as a SavedModel, through a temporary folder. */
    private static Path exportGenerator(GanTrainer trainer, org.gan4j.api.role.Generator fresh, Path folder)
            throws IOException {
        Path target = folder.resolve("generator");
        Path temporary = folder.resolve("generator.tmp-" + ProcessHandle.current().pid());
        DurableFiles.deleteTree(temporary);
        try (InferenceGenerator generator = new InferenceGenerator(trainer.setup().backend(), fresh, trainer.samplingState())) {
            generator.export(temporary);
        }
        DurableFiles.deleteTree(target);
        DurableFiles.moveAtomically(temporary, target);
        return target;
    }

    /** @return the wall time of training, in seconds */
    private static double train(GanTrainer trainer, List<TrainingListener> listeners, Path folder, CheckpointStore store) {
        long start = System.nanoTime();
        try {
            trainer.train(listeners);
            return (System.nanoTime() - start) / 1e9;
        } catch (TrainingStoppedException e) {
            String kept = store.newest().map(p -> " The newest checkpoint, " + p + ", holds the state before it and is "
                    + "intact.").orElse("");
            throw new RunFailure(e.getMessage() + " Metrics up to that step are in " + folder.resolve("metrics.csv")
                    + "." + kept, e);
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

    private void validateEvaluationOptions(TrainingData trainingData) {
        if (evalEvery < 0) {
            throw new InvalidArgumentException("--eval-every", evalEvery, "it must be 0 (off) or a step count");
        }
        if (evalEvery > 0 && !(trainingData instanceof TrainingData.Images)) {
            throw new InvalidArgumentException("--eval-every", evalEvery, "image metrics need image data (--dataset "
                    + TrainingData.FASHION_MNIST + "); 2-D mixtures are scored at the end of every run");
        }
        if (evalEvery > 0 && (evalSamples < 10 || evalSamples > 10_000)) {
            throw new InvalidArgumentException("--eval-samples", evalSamples, "it must be between 10 and 10000, the test "
                    + "split's size");
        }
    }

    private void validateCheckpointOptions() {
        if (checkpointEvery < 1) {
            throw new InvalidArgumentException("--checkpoint-every", checkpointEvery, "it must be a step count >= 1");
        }
        if (keepCheckpoints < 1) {
            throw new InvalidArgumentException("--keep-checkpoints", keepCheckpoints, "it must be an integer >= 1");
        }
        if (!(divergenceLimit > 0)) {
            throw new InvalidArgumentException("--divergence-limit", divergenceLimit,
                    "it must be a loss magnitude > 0, or Infinity to turn the guard off");
        }
    }

    /** Takes the run's configuration from its checkpoint; refuses options that would change what is trained. */
    private void adopt(SavedRun saved, CheckpointManifest manifest) {
        List<String> refused = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(o -> o.longestName()).filter(name -> !RESUMABLE.contains(name)).distinct().toList();
        if (!refused.isEmpty()) {
            throw new InvalidArgumentException(String.join(", ", refused), "given with --resume",
                    "a resumed run keeps the configuration its checkpoint was made with (see its manifest.properties); "
                            + "only " + new java.util.TreeSet<>(RESUMABLE) + " may be given. To change the model or "
                            + "the optimizers, start a new run with another --out.");
        }
        boolean stepsGiven = spec.commandLine().getParseResult().hasMatchedOption("--steps");
        long total = stepsGiven ? options.steps : saved.steps();
        if (total <= manifest.step()) {
            throw new InvalidArgumentException("--steps", total, "the checkpoint is at step " + manifest.step()
                    + ", which already reaches it; pass a larger --steps to train further");
        }
        dataset = saved.dataset();
        data = saved.data();
        loss = saved.choices().loss().toString();
        regularizers = saved.choices().regularizers().stream().map(ProviderSpec::toString).toList();
        seed = saved.seed();
        options.adopt(saved.choices(), saved.batchSize(), saved.criticSteps(), saved.generatorAverage(), total);
    }

    /** Keeps the saved run's checkpoint cadence, guard and plots, except where the command line gives new ones. */
    private void adoptRunSettings(Checkpoint checkpoint) {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        java.util.function.Predicate<String> saved = key -> checkpoint.manifest().run().containsKey(key);
        if (!given.hasMatchedOption("--checkpoint-every") && saved.test("checkpoint_every")) {
            checkpointEvery = checkpoint.runInteger("checkpoint_every");
        }
        if (!given.hasMatchedOption("--keep-checkpoints") && saved.test("keep_checkpoints")) {
            keepCheckpoints = Math.toIntExact(checkpoint.runInteger("keep_checkpoints"));
        }
        if (!given.hasMatchedOption("--divergence-limit") && saved.test("divergence_limit")) {
            try {
                divergenceLimit = Double.parseDouble(checkpoint.runSetting("divergence_limit"));
            } catch (NumberFormatException e) {
                throw new GanException("run.divergence_limit in " + checkpoint.folder() + " does not parse ("
                        + e.getMessage() + "); give --divergence-limit explicitly");
            }
        }
        if (!given.hasMatchedOption("--sample-every") && saved.test("sample_every")) {
            sampleEvery = checkpoint.runInteger("sample_every");
        }
    }

    /**
     * Where a resumed run's state and output are.
     *
     * @param runFolder the run's output folder, where metrics, plots and new checkpoints go
     * @param checkpoint the checkpoint to resume from
     */
    record ResumePoint(Path runFolder, Path checkpoint) {
        static ResumePoint locate(Path dir) {
            if (Files.isDirectory(dir.resolve("checkpoints"))) {
                CheckpointStore store = new CheckpointStore(dir.resolve("checkpoints"), 1);
                Path newest = store.newest().orElseThrow(() -> new InvalidArgumentException("--resume", dir,
                        "its checkpoints/ folder holds no complete checkpoint; start the run again"));
                return new ResumePoint(dir, newest);
            }
            if (Files.isRegularFile(dir.resolve(CheckpointManifest.FILE))
                    || Files.isRegularFile(dir.resolve(CheckpointManifest.DATA_FILE))) {
                Path absolute = dir.toAbsolutePath().normalize();
                if (absolute.getParent() == null || absolute.getParent().getParent() == null) {
                    throw new GanException("--resume = " + dir + " is a checkpoint outside a run folder; "
                            + "pass a folder written by gan train");
                }
                return new ResumePoint(absolute.getParent().getParent(), dir);
            }
            throw new InvalidArgumentException("--resume", dir, "it must be a run's output folder (with a checkpoints/ "
                    + "folder) or one of its checkpoints/step-N folders");
        }
    }
}
