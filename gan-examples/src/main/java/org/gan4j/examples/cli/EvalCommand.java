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
import org.gan4j.core.eval.FeatureExtractor;
import org.gan4j.core.eval.FeatureSource;
import org.gan4j.core.eval.FrozenClassifier;
import org.gan4j.core.eval.ImageReference;
import org.gan4j.core.eval.ImageScore;
import org.gan4j.core.eval.NearestNeighbourMetrics;
import org.gan4j.core.eval.SavedModelContract;
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
 * anywhere else ({@code --images}), with FID, KID, precision/recall, density/coverage, and the class histogram and
 * Inception Score where the features have logits, on the features of a frozen classifier made for the data or of a
 * SavedModel ({@code --features}), beside the floor FID(train, held-out) at the same N. With
 * {@code --run} it writes {@code eval-<step>.json} into the run folder.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score a trained image GAN, or images made anywhere else: FID, KID, precision/recall, "
                + "density/coverage and class shares on the features of a small classifier trained on the data (not "
                + "Inception), or of any SavedModel (--features), beside the train-vs-held-out floor.")
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

    @Option(names = "--features", paramLabel = "DIR", description = "instead of a classifier: the features of any "
            + "network saved as a TensorFlow SavedModel (such as Inception v3), its inputs and outputs stated in DIR/"
            + SavedModelContract.FILE + " (docs/images.md); not with --classifier (default: the run's own --features)")
    private Path features;

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

    /**
     * @return the features {@code --features} or {@code --classifier} names, or null when neither is given
     * @throws InvalidArgumentException when both are given, or the one given cannot be read
     */
    private Chosen givenFeatures() {
        if (features != null && classifier != null) {
            throw new InvalidArgumentException("--features", features, "images are scored with one kind of features; "
                    + "give --features or --classifier, not both");
        }
        if (features != null) {
            return new Chosen(savedModel("--features", features, features), "--features", features);
        }
        Checkpoint given = givenClassifier();
        return given == null ? null : new Chosen(new FeatureSource.Classifier(given), "--classifier", classifier);
    }

    private static FeatureSource savedModel(String option, Object value, Path folder) {
        try {
            return new FeatureSource.SavedModel(SavedModelContract.read(folder));
        } catch (GanException e) {
            throw new InvalidArgumentException(option, value, e.getMessage());
        }
    }

    /**
     * The features that score the images, and the option that chose them, which refusals name.
     *
     * @param source the features
     * @param option the option at fault when they do not fit
     * @param value its value
     */
    private record Chosen(FeatureSource source, String option, Object value) {
        /**
         * @param train the training images of the data to score
         * @param retrain the remedy when a classifier was made for other data
         * @throws InvalidArgumentException naming the option when the features cannot score these images
         */
        void requireFits(ImageDataset train, String retrain) {
            source.requireFits(train, reason -> new InvalidArgumentException(option, value, reason
                    + (source instanceof FeatureSource.Classifier ? retrain : "; give --features a network that takes "
                    + "such images, or score with a classifier made for the data (--classifier)")));
        }

        /** @return the extractor, opened; a SavedModel that does not fit its contract is refused naming the option */
        FeatureExtractor open(Backend backend) {
            try {
                return source.open(backend);
            } catch (GanException e) {
                throw new InvalidArgumentException(option, value, e.getMessage());
            }
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
        Chosen given = givenFeatures();
        Chosen chosen = given != null ? given : new Chosen(new FeatureSource.Classifier(FrozenClassifier.shipped()),
                "--data", splits.train().source());
        chosen.requireFits(splits.train(), "; train one on --data (gan classifier --data DIR --out DIR) and give "
                + "--classifier the checkpoint it saves");
        ImageDataset generated = ExternalImages.read(target.images, splits.train().imageShape());
        int n = Math.min(samples, generated.size());
        requireSampleCount(n, splits.train(), splits.heldOut());
        PrintWriter console = spec.commandLine().getOut();
        StageProgress progress = new StageProgress(console);
        ImageScore score;
        String whose;
        try (FeatureExtractor scorer = chosen.open(RunFlags.backend(spec.commandLine().getParseResult(),
                PluginRegistry.load()))) {
            requireHeap(n, splits.train(), scorer);
            whose = scorer.describe();
            progress.stage("features of " + n + " training and " + n + " held-out images, and the floors");
            ImageReference reference = ImageReference.of(scorer, splits.train(), splits.heldOut(), n);
            progress.stage("features of " + n + " images from " + target.images + ", and the scores");
            score = ImageScore.evaluate(scorer, generated.first(n).scaledImages(), reference);
            progress.done();
        }
        console.println(describe(score, n + " of the " + generated.size() + " images in " + target.images, whose));
        return 0;
    }

    /** Scores the checkpoint and writes {@code eval-<step>.json} into the locked run folder. */
    private int evaluate(ResumePoint point) throws IOException {
        Path run = target.run;
        Checkpoint checkpoint = CheckpointStore.load(point.checkpoint());
        RunDescription saved = checkpoint.description();
        if (!(saved.dataset() instanceof Dataset.Images images)) {
            throw new InvalidArgumentException("--run", run, "it trained on " + saved.get(RunOptions.DATASET) + "; gan eval "
                    + "scores image generators, and gan train already scores 2-D mixtures");
        }
        ImageSplits splits = images.load();
        ImageDataset train = splits.train();
        ImageDataset test = splits.heldOut();
        requireSampleCount(samples, train, test);
        Chosen chosen = givenFeatures();
        if (chosen == null) {
            // the run's own, when it was scored while it trained
            Path scoredWith = saved.get(RunOptions.FEATURES);
            Path trainedWith = saved.get(RunOptions.CLASSIFIER);
            chosen = new Chosen(scoredWith != null ? savedModel("--run", run, scoredWith) : new FeatureSource.Classifier(
                    trainedWith != null ? FrozenClassifier.load(trainedWith) : FrozenClassifier.shipped()), "--run", run);
        }
        chosen.requireFits(train, "; train one on the run's images (gan classifier --data DIR --out DIR) and give "
                + "--classifier the checkpoint it saves");
        RunAssembly assembly = new RunAssembly(saved, PluginRegistry.load());
        Backend backend = assembly.backend();
        PrintWriter console = spec.commandLine().getOut();
        StageProgress progress = new StageProgress(console);
        ImageScore score;
        String whose;
        long started = System.nanoTime();
        long step = checkpoint.manifest().step();
        try (FeatureExtractor scorer = chosen.open(backend);
                GeneratorSampler generator = new GeneratorSampler(backend, assembly.generator(train.imageShape()),
                        saved.get(RunOptions.NOISE), saved.trainingConfig(), checkpoint.values())) {
            requireHeap(samples, train, scorer);
            whose = scorer.describe();
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
        console.println(describe(score, "step " + step, whose));
        console.println("wrote " + file.toAbsolutePath());
        return 0;
    }

    /**
     * Checks {@code --samples} against the data before anything is generated.
     *
     * @throws InvalidArgumentException when it is below the neighbour metrics' minimum or above what the splits hold
     */
    private static void requireSampleCount(int samples, ImageDataset train, ImageDataset test) {
        int least = 2 * NearestNeighbourMetrics.DEFAULT_K;
        int most = ImageReference.maxSamples(train, test);
        if (samples < least || samples > most) {
            throw new InvalidArgumentException("--samples", samples, "it must be between " + least + " (for the k = "
                    + NearestNeighbourMetrics.DEFAULT_K + " neighbour metrics) and " + most + ", the images the run's "
                    + "data holds in its smaller split (" + train.size() + " train, " + test.size() + " test): FID and "
                    + "KID compare N generated images with N of each");
        }
    }

    /**
     * Checks {@code --samples} against the heap, once the features' size is known and before anything is generated.
     *
     * @throws InvalidArgumentException when the images, their features and logits would not fit in the heap
     */
    private static void requireHeap(int samples, ImageDataset train, FeatureExtractor scorer) {
        long pixels = train.imageShape().numElements();
        // generated, train and test images as floats, their features as doubles and their logits as floats
        HeapBudget.require("--samples", samples, 3 * (4 * pixels + 8L * scorer.dimension() + 4L * scorer.classes()),
                samples + " images of " + train.imageShape().size(0) + " × " + train.imageShape().size(1) + " each "
                + "generated, train and test (their values, features and logits)", Memory.ofThisProcess());
    }

    /**
     * @param s the score
     * @param what what was scored, as "step 1000"
     * @param whose what the features are ({@link FeatureExtractor#describe()})
     * @return the score as the lines gan eval prints
     */
    static String describe(ImageScore s, String what, String whose) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s, %d samples, features of %s:%n", what,
                s.samples(), whose));
        b.append(String.format(Locale.ROOT, "  FID %.3f (floor train vs test %.3f)   KID %.5f (floor %.5f)%n", s.fid(),
                s.fidFloor(), s.kid(), s.kidFloor()));
        b.append(String.format(Locale.ROOT, "  precision %.3f  recall %.3f  density %.3f  coverage %.3f",
                s.neighbours().precision(), s.neighbours().recall(), s.neighbours().density(), s.neighbours().coverage()));
        s.inceptionScore().ifPresent(is -> b.append(String.format(Locale.ROOT, "%n  Inception Score %.3f ± %.3f (%d "
                + "splits)", is.mean(), is.standardDeviation(), is.splits())));
        s.testInceptionScore().ifPresent(is -> b.append(String.format(Locale.ROOT, "   test images %.3f ± %.3f",
                is.mean(), is.standardDeviation())));
        if (s.listsClasses()) {
            b.append(String.format(Locale.ROOT, "%n  class shares:"));
            for (int c = 0; c < s.classShares().length; c++) {
                b.append(String.format(Locale.ROOT, " %d:%.1f%%", c, 100 * s.classShares()[c]));
            }
            b.append(String.format(Locale.ROOT, "  (smallest %.1f%%)%n  test images' shares:", 100 * s.smallestClassShare()));
            for (int c = 0; c < s.testClassShares().length; c++) {
                b.append(String.format(Locale.ROOT, " %d:%.1f%%", c, 100 * s.testClassShares()[c]));
            }
        } else if (s.classShares().length > 0) {
            b.append(String.format(Locale.ROOT, "%n  class shares of %d classes: not listed (more than %d)",
                    s.classShares().length, ImageScore.MAX_LISTED_CLASSES));
        }
        return b.toString();
    }
}
