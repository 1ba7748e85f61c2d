package org.gan4j.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.gan4j.api.spi.Backend;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.data.Dataset;
import org.gan4j.core.data.FolderSplit;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.data.ImageSplits;
import org.gan4j.core.eval.FeatureNetworks;
import org.gan4j.core.eval.ClassifierTraining;
import org.gan4j.core.eval.FrozenClassifier;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.registry.ProviderSpec;
import org.gan4j.core.run.RunDescription;
import org.gan4j.core.run.RunOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gan classifier}: trains the feature network of FID, KID and the other image metrics on labelled images (an
 * IDX set or a folder of pictures, one subfolder per class), measures its accuracy on the held-out images, and saves
 * both as a checkpoint folder that records the fingerprint of its training images, so that it scores only runs on
 * that data. The one gan-core ships ({@code FrozenClassifier.fashionMnist}) was made by this command with its
 * defaults.
 */
@Command(name = "classifier", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = RunFlags.ForBackend.class,
        description = "Train the image-feature classifier used by gan eval (FID, KID, precision/recall, "
                + "density/coverage, class histograms) and record its test accuracy.")
final class ClassifierCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "labelled images: a folder of IDX files with train and "
            + "t10k splits, or a folder of pictures with one subfolder per class (default: ${DEFAULT-VALUE})",
            defaultValue = ImageDataset.FASHION_MNIST_FOLDER)
    private Path data;

    @Option(names = "--image-size", paramLabel = "N", description = "for a folder of pictures: the side they are resized "
            + "and cropped to, as the runs to score use it (default: " + RunOptions.DEFAULT_IMAGE_SIZE + ")")
    private Integer imageSize;

    @Option(names = "--channels", paramLabel = "C", description = "for a folder of pictures: 3 (RGB) or 1 (grey) (default: "
            + RunOptions.DEFAULT_CHANNELS + ")")
    private Integer channels;

    @Option(names = "--network", paramLabel = "NAME", description = "cnn (the small CNN of the shipped classifier) or "
            + "resnet (a small residual network, for colour); default: cnn for grey images, resnet for colour")
    private String network;

    @Option(names = "--epochs", defaultValue = "3", description = "passes over the training split (default: ${DEFAULT-VALUE})")
    private int epochs;

    @Option(names = "--batch-size", defaultValue = "100", description = "images per step (default: ${DEFAULT-VALUE})")
    private int batchSize;

    @Option(names = "--optimizer", defaultValue = "adam:lr=1e-3", description = "optimizer spec (default: ${DEFAULT-VALUE})")
    private String optimizer;

    @Option(names = "--seed", defaultValue = "1", description = "initial weights and shuffling (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the checkpoint folder goes")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (epochs < 1) {
            throw new InvalidArgumentException("--epochs", epochs, "it must be an integer >= 1");
        }
        if (batchSize < 1 || batchSize > RunOptions.MAX_BATCH_SIZE) {
            throw new InvalidArgumentException("--batch-size", batchSize, "it must be an integer between 1 and "
                    + RunOptions.MAX_BATCH_SIZE);
        }
        PrintWriter console = spec.commandLine().getOut();
        RunDescription.Builder described = RunDescription.builder().set(RunOptions.DATA, data);
        if (imageSize != null) {
            described.parse(RunOptions.IMAGE_SIZE, imageSize.toString());
        }
        if (channels != null) {
            described.parse(RunOptions.CHANNELS, channels.toString());
        }
        ImageSplits splits = ((Dataset.Images) described.build().dataset()).load();
        ImageDataset train = splits.train();
        ImageDataset test = splits.heldOut();
        String networkName = network != null ? network : FeatureNetworks.defaultFor(train.imageShape().size(2));
        if (!FeatureNetworks.CHOICES.contains(networkName)) {
            throw new InvalidArgumentException("--network", networkName, "use one of " + FeatureNetworks.CHOICES);
        }
        if (test.size() == 0) {
            throw new InvalidArgumentException("--data", data, "it holds no held-out images to measure the classifier's "
                    + "accuracy on; a folder needs at least " + FolderSplit.HELD_OUT_EVERY + " pictures in a class");
        }
        PluginRegistry registry = PluginRegistry.load();
        Backend backend = RunFlags.backend(spec.commandLine().getParseResult(), registry);
        ProviderSpec rule = ProviderSpec.parse(optimizer);
        long steps = (long) epochs * train.size() / batchSize;
        long started = System.nanoTime();
        var weights = ClassifierTraining.train(backend, train, networkName, registry.require(ProviderKind.OPTIMIZER,
                rule.id()).create(rule.settings()), epochs, batchSize, seed, step -> {
                    if (step % Math.max(1, steps / 10) == 0) {
                        console.printf(Locale.ROOT, "step %d/%d%n", step, steps);
                        console.flush();
                    }
                });
        SortedMap<String, String> run = new TreeMap<>();
        run.put(FrozenClassifier.NETWORK, FeatureNetworks.create(networkName, train.classes()).name());
        run.put("data", data.toAbsolutePath().toString());
        run.put(FrozenClassifier.DATA_FINGERPRINT, train.fingerprint());
        run.put("classes", Integer.toString(train.classes()));
        run.put("height", Long.toString(train.imageShape().size(0)));
        run.put("width", Long.toString(train.imageShape().size(1)));
        run.put(FrozenClassifier.CHANNELS, Long.toString(train.imageShape().size(2)));
        run.put("epochs", Integer.toString(epochs));
        run.put("batch_size", Integer.toString(batchSize));
        run.put("optimizer", rule.toString());
        double accuracy;
        try (FrozenClassifier classifier = new FrozenClassifier(backend, weights, train.classes(), train.imageShape(), run)) {
            accuracy = classifier.accuracy(test);
        }
        run.put("test_accuracy", String.format(Locale.ROOT, "%.4f", accuracy));
        Path saved = new CheckpointStore(out, 1).save(steps, seed, run, weights);
        console.printf(Locale.ROOT, "classifier: test accuracy %.2f%% on %d images after %d steps (%.1f s); saved %s%n",
                100 * accuracy, test.size(), steps, (System.nanoTime() - started) / 1e9, saved);
        return 0;
    }
}
