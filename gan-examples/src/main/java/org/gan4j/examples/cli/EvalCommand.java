package org.gan4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gan4j.api.GanException;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.data.Dataset;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.data.ImageSplits;
import org.gan4j.core.eval.FeatureNetwork;
import org.gan4j.core.eval.FrozenClassifier;
import org.gan4j.core.eval.ImageReference;
import org.gan4j.core.eval.ImageScore;
import org.gan4j.core.eval.NearestNeighbourMetrics;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.run.Memory;
import org.gan4j.core.run.RunAssembly;
import org.gan4j.core.run.RunDescription;
import org.gan4j.core.run.RunOptions;
import org.gan4j.core.train.GeneratorSampler;
import org.gan4j.examples.output.RunSummary;
import org.gan4j.examples.output.StageProgress;
import org.gan4j.examples.runfolder.RunFiles;
import org.gan4j.examples.runfolder.RunFolderLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gan eval}: scores a trained image generator (the newest checkpoint of a run, or a given one), or images made
 * anywhere else ({@code --images}), with FID, KID, precision/recall, density/coverage and the class histogram, on the
 * features of a frozen classifier made for the data, beside the floor FID(train, held-out) at the same N. With
 * {@code --run} it writes {@code eval-<step>.json} into the run folder.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score a trained image GAN, or images made anywhere else: FID, KID, precision/recall, "
                + "density/coverage and class shares on the features of a small classifier trained on the data (not "
                + "Inception), beside the train-vs-held-out floor.")
final class EvalCommand implements Callable<Integer> {
    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    /** What is scored: a run's generator, or images from elsewhere. */
    static final class Target {
        @Option(names = "--run", required = true, paramLabel = "DIR", description = "a run folder written by gan train "
                + "(its newest checkpoint is used) or one of its checkpoints/step-N")
        private Path run;

        @Option(names = "--images", required = true, paramLabel = "PATH", description = "images made anywhere else (another "
                + "framework, another run): a folder of pictures, or an IDX images file, scored against --data")
        private Path images;
    }

    @Option(names = "--data", paramLabel = "DIR", description = "with --images: the data set they imitate, a folder of "
            + "pictures or of IDX files (default: " + ImageDataset.FASHION_MNIST_FOLDER + ")")
    private Path data;

    @Option(names = "--image-size", paramLabel = "N", description = "with --images and a folder of pictures as --data: the "
            + "side both are made into (default: " + RunOptions.DEFAULT_IMAGE_SIZE + ")")
    private Integer imageSize;

    @Option(names = "--channels", paramLabel = "C", description = "with --images and a folder of pictures as --data: 3 "
            + "(RGB) or 1 (grey) (default: " + RunOptions.DEFAULT_CHANNELS + ")")
    private Integer channels;

    @Option(names = "--samples", defaultValue = "10000", description = "generated images to score, from 10 to the "
            + "images the data's smaller split holds (10000 for Fashion-MNIST) (default: ${DEFAULT-VALUE})")
    private int samples;

    @Option(names = "--classifier", paramLabel = "DIR",
            description = "a checkpoint written by gan classifier for the run's data (default: the run's own "
                    + "--classifier, else the one gan4j ships, which scores Fashion-MNIST only)")
    private Path classifier;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (target.images != null) {
            return scoreImages();
        }
        for (String withImagesOnly : new String[] {"--data", "--image-size", "--channels"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(withImagesOnly)) {
                throw new InvalidArgumentException(withImagesOnly, spec.commandLine().getParseResult()
                        .matchedOptionValue(withImagesOnly, ""), "it describes the data --images imitate; a run scores "
                        + "against its own data");
            }
        }
        Path run = target.run;
        ResumePoint located = ResumePoint.locate("--run", run);
        try (RunFolderLock lock = RunFolderLock.acquire("--run", located.runFolder(), "gan eval")) {
            return evaluate(ResumePoint.locate("--run", run)); // again, now that no other command writes the run
        }
    }

    /** @return the checkpoint {@code --classifier} names, or null when it is not given */
    private Checkpoint givenClassifier() {
        if (classifier == null) {
            return null;
        }
        try {
            return FrozenClassifier.load(classifier);
        } catch (GanException e) {
            throw new InvalidArgumentException("--classifier", classifier, e.getMessage());
        }
    }

    /** Scores images made elsewhere against {@code --data}; writes nothing. */
    private int scoreImages() {
        RunDescription.Builder described = RunDescription.builder().set(RunOptions.DATA,
                data != null ? data : ImageDataset.FASHION_MNIST);
        if (imageSize != null) {
            described.parse(RunOptions.IMAGE_SIZE, imageSize.toString());
        }
        if (channels != null) {
            described.parse(RunOptions.CHANNELS, channels.toString());
        }
        ImageSplits splits = ((Dataset.Images) described.build().dataset()).load();
        Checkpoint given = givenClassifier();
        Checkpoint features = given != null ? given : FrozenClassifier.shipped();
        FrozenClassifier.requireMadeFor(features, splits.train(), reason -> new InvalidArgumentException(given == null
                ? "--data" : "--classifier", given == null ? splits.train().source() : classifier, reason + "; train one "
                + "on --data (gan classifier --data DIR --out DIR) and give --classifier the checkpoint it saves"));
        ImageDataset generated = ExternalImages.read(target.images, splits.train().imageShape());
        int n = Math.min(samples, generated.size());
        requireSamples(n, splits.train(), splits.heldOut());
        PrintWriter console = spec.commandLine().getOut();
        StageProgress progress = new StageProgress(console);
        ImageScore score;
        try (FrozenClassifier scorer = FrozenClassifier.from(RunFlags.backend(spec.commandLine().getParseResult(),
                PluginRegistry.load()), features)) {
            progress.stage("features of " + n + " training and " + n + " held-out images, and the floors");
            ImageReference reference = ImageReference.of(scorer, splits.train(), splits.heldOut(), n);
            progress.stage("features of " + n + " images from " + target.images + ", and the scores");
            score = ImageScore.evaluate(scorer, generated.first(n).scaledImages(), reference);
            progress.done();
        }
        console.println(describe(score, n + " of the " + generated.size() + " images in " + target.images, features));
        return 0;
    }

    /** Scores the checkpoint and writes {@code eval-<step>.json} into the locked run folder. */
    private int evaluate(ResumePoint point) throws IOException {
        Path run = target.run;
        Checkpoint checkpoint = CheckpointStore.load(point.checkpoint());
        Checkpoint classifierCheckpoint = givenClassifier();
        RunDescription saved = checkpoint.description();
        if (!(saved.dataset() instanceof Dataset.Images images)) {
            throw new InvalidArgumentException("--run", run, "it trained on " + saved.get(RunOptions.DATASET) + "; gan eval "
                    + "scores image generators, and gan train already scores 2-D mixtures");
        }
        ImageSplits splits = images.load();
        ImageDataset train = splits.train();
        ImageDataset test = splits.heldOut();
        requireSamples(samples, train, test);
        Path trainedWith = saved.get(RunOptions.CLASSIFIER); // the run's own, when it was scored while it trained
        Checkpoint features = classifierCheckpoint != null ? classifierCheckpoint : trainedWith != null
                ? FrozenClassifier.load(trainedWith) : FrozenClassifier.shipped();
        FrozenClassifier.requireMadeFor(features, train, reason -> new InvalidArgumentException(classifier == null
                ? "--run" : "--classifier", classifier == null ? run : classifier, reason + "; train one on the run's "
                + "images (gan classifier --data DIR --out DIR) and give --classifier the checkpoint it saves"));
        RunAssembly assembly = new RunAssembly(saved, PluginRegistry.load());
        Backend backend = assembly.backend();
        PrintWriter console = spec.commandLine().getOut();
        StageProgress progress = new StageProgress(console);
        ImageScore score;
        long started = System.nanoTime();
        long step = checkpoint.manifest().step();
        try (GeneratorSampler generator = new GeneratorSampler(backend, assembly.generator(train.imageShape()),
                        saved.get(RunOptions.NOISE), saved.trainingConfig(), checkpoint.values());
                FrozenClassifier scorer = FrozenClassifier.from(backend, features)) {
            try {
                progress.stage("sampling " + samples + " images from the generator at step " + step);
                HostTensor generated = generator.generate(samples);
                progress.stage("features of " + samples + " train and " + samples + " test images, and the floors");
                ImageReference reference = ImageReference.of(scorer, train, test, samples);
                progress.stage("features of the generated images, and the scores");
                score = ImageScore.evaluate(scorer, generated, reference);
                progress.done();
            } catch (GanException e) {
                throw new RunFailure("scoring failed: " + e.getMessage(), e);
            }
        }
        Path file = point.runFolder().resolve(RunFiles.eval(step));
        Files.writeString(file, new RunSummary(images.name(), saved.get(RunOptions.SEED), step,
                score.asMap(), (System.nanoTime() - started) / 1e9, RunLines.models(saved)).toJson());
        console.println(describe(score, "step " + step, features));
        console.println("wrote " + file.toAbsolutePath());
        return 0;
    }

    /**
     * Checks {@code --samples} against the data and the heap before anything is generated.
     *
     * @throws InvalidArgumentException when it is below the neighbour metrics' minimum, above what the splits hold,
     *     or more than the heap can hold
     */
    private void requireSamples(int samples, ImageDataset train, ImageDataset test) {
        int least = 2 * NearestNeighbourMetrics.DEFAULT_K;
        int most = ImageReference.maxSamples(train, test);
        if (samples < least || samples > most) {
            throw new InvalidArgumentException("--samples", samples, "it must be between " + least + " (for the k = "
                    + NearestNeighbourMetrics.DEFAULT_K + " neighbour metrics) and " + most + ", the images the run's "
                    + "data holds in its smaller split (" + train.size() + " train, " + test.size() + " test): FID and "
                    + "KID compare N generated images with N of each");
        }
        long pixels = train.imageShape().numElements();
        // generated, train and test images as floats, and the classifier's features of each
        HeapBudget.require("--samples", samples, 3 * 4 * (pixels + FeatureNetwork.FEATURES), samples + " images of "
                + train.imageShape().size(0) + " × " + train.imageShape().size(1) + " each generated, train and test "
                + "(their values and features)", Memory.ofThisProcess());
    }

    /**
     * @param s the score
     * @param what what was scored, as "step 1000"
     * @param classifier the checkpoint of the classifier whose features were used
     * @return the score as the lines gan eval prints
     */
    static String describe(ImageScore s, String what, Checkpoint classifier) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%s, %d samples, features of the frozen classifier trained on %s (test accuracy %.2f%%), not "
                        + "Inception:%n", what, s.samples(), classifier.manifest().run().getOrDefault("data", "?"),
                100 * s.classifierAccuracy()));
        b.append(String.format(Locale.ROOT, "  FID %.3f (floor train vs test %.3f)   KID %.5f (floor %.5f)%n", s.fid(),
                s.fidFloor(), s.kid(), s.kidFloor()));
        b.append(String.format(Locale.ROOT, "  precision %.3f  recall %.3f  density %.3f  coverage %.3f%n",
                s.neighbours().precision(), s.neighbours().recall(), s.neighbours().density(), s.neighbours().coverage()));
        b.append("  class shares:");
        for (int c = 0; c < s.classShares().length; c++) {
            b.append(String.format(Locale.ROOT, " %d:%.1f%%", c, 100 * s.classShares()[c]));
        }
        b.append(String.format(Locale.ROOT, "  (smallest %.1f%%)%n  test images' shares:", 100 * s.smallestClassShare()));
        for (int c = 0; c < s.testClassShares().length; c++) {
            b.append(String.format(Locale.ROOT, " %d:%.1f%%", c, 100 * s.testClassShares()[c]));
        }
        return b.toString();
    }
}
