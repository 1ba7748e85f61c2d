package org.gan4j.core.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gan4j.api.GanException;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointManifest;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.checkpoint.SavedValues;
import org.gan4j.core.data.ImageDataset;

/**
 * A trained {@link FeatureNetwork} with its weights fixed, a {@link FeatureExtractor} made for the data it was
 * trained on: turns images into feature vectors and class logits, {@value #BATCH} at a time. Saved, the weights are
 * a checkpoint folder (integrity-checked when loaded) whose manifest records the network's test accuracy as {@code run.test_accuracy}. The project ships one trained on
 * Fashion-MNIST by {@code gan classifier}: {@link #fashionMnist}.
 */
public final class FrozenClassifier implements FeatureExtractor {
    /** Images per run. */
    public static final int BATCH = 250;
    /** The manifest key of the network's name. */
    public static final String NETWORK = "network";
    /** The manifest key of the images' channels (absent: 1). */
    public static final String CHANNELS = "channels";
    /** The manifest key of the training images' {@link ImageDataset#fingerprint()}. */
    public static final String DATA_FINGERPRINT = "data_fingerprint";
    private static final String RESOURCE = "/org/gan4j/core/eval/fashion-classifier/";
    private static final String[] SHIPPED_FILES = {CheckpointManifest.FILE, CheckpointManifest.DATA_FILE, "checksums.sha256"};

    private final Map<String, String> description;
    private final int classes;
    private final Computation computation;
    private final Tensor input;
    private final CompiledStep step;

    /**
     * @param backend runs the network
     * @param weights every variable of the network by name
     * @param classes the number of classes
     * @param imageShape [h, w, c]
     * @param description how it was trained: {@code network} (a {@link FeatureNetworks} name; the small CNN when
     *     absent), {@code data_fingerprint} ({@link ImageDataset#fingerprint()} of its training images), and
     *     {@code test_accuracy} once measured
     */
    public FrozenClassifier(Backend backend, Map<String, HostTensor> weights, int classes, Shape imageShape,
            Map<String, String> description) {
        this.description = Map.copyOf(description);
        this.classes = classes;
        computation = backend.newComputation(0);
        try {
            FeatureNetwork network = FeatureNetworks.create(description.getOrDefault(NETWORK, ClassifierNetwork.NAME),
                    classes);
            input = computation.input("images", imageShape.prepend(BATCH), DType.FLOAT32);
            Tensor features = network.features(computation.ops(), input);
            Tensor logits = network.logits(computation.ops(), features);
            step = computation.compile(new StepDefinition("classify", List.of(),
                    Map.of("features", features, "logits", logits)));
            SavedValues.writeInto(computation, network.variables(), weights,
                    "the classifier's weights do not fit the network", "train it again with gan classifier");
        } catch (RuntimeException e) {
            computation.close();
            throw e;
        }
    }

    /**
     * @param folder what {@code gan classifier --out} wrote (its newest checkpoint is used), or one of its checkpoints
     * @return that checkpoint, verified
     * @throws GanException when the folder holds no checkpoint, or it is damaged
     */
    public static Checkpoint load(Path folder) {
        if (Files.isRegularFile(folder.resolve(CheckpointManifest.FILE))) {
            return CheckpointStore.load(folder);
        }
        return CheckpointStore.load(new CheckpointStore(folder, 1).newest().orElseThrow(() -> new GanException("no "
                + "classifier in " + folder + "; give the folder gan classifier --out wrote, or one of its checkpoints")));
    }

    /**
     * @param backend runs the network
     * @param checkpoint weights saved by {@code gan classifier}
     * @return the classifier
     */
    public static FrozenClassifier from(Backend backend, Checkpoint checkpoint) {
        return new FrozenClassifier(backend, checkpoint.values(), Math.toIntExact(checkpoint.runInteger("classes")),
                imageShape(checkpoint), checkpoint.manifest().run());
    }

    /**
     * @param checkpoint weights saved by {@code gan classifier}
     * @return the shape of one image a classifier with these weights takes, [height, width, channels], from the
     *     manifest (without building the network); classifiers saved before colour images record no channels: 1
     */
    public static Shape imageShape(Checkpoint checkpoint) {
        long channels = checkpoint.manifest().run().containsKey(CHANNELS) ? checkpoint.runInteger(CHANNELS) : 1;
        return Shape.of(checkpoint.runInteger("height"), checkpoint.runInteger("width"), channels);
    }

    /**
     * Refuses, before any image is scored, data a classifier was not made for: images of another shape (scoring them
     * would fail at the first batch), or training images other than those it was trained on, told by their
     * fingerprint (features of one data set say nothing about another: an MNIST run scored on Fashion-MNIST features
     * gives figures that look like scores and mean nothing).
     *
     * @param checkpoint weights saved by {@code gan classifier}
     * @param train the training images of the data to score
     * @param refusal makes the caller's exception from a sentence that says what differs; the caller adds the option
     *     at fault and the remedy
     * @throws RuntimeException what {@code refusal} makes
     */
    public static void requireMadeFor(Checkpoint checkpoint, ImageDataset train,
            Function<String, ? extends RuntimeException> refusal) {
        requireTakes(imageShape(checkpoint), train.imageShape(), refusal);
        String madeFor = checkpoint.manifest().run().get(DATA_FINGERPRINT);
        String trainedOn = checkpoint.manifest().run().getOrDefault("data", "its data");
        if (madeFor == null) {
            throw refusal.apply("the frozen classifier (trained on " + trainedOn + ") records no fingerprint of its "
                    + "training images, so whether it was made for " + train.source() + " cannot be told");
        }
        if (!madeFor.equals(train.fingerprint())) {
            throw refusal.apply("the frozen classifier was trained on other images (" + trainedOn + ") than the ones to "
                    + "score (" + train.source() + "): their fingerprints differ, " + madeFor.substring(0, 12) + "… and "
                    + train.fingerprint().substring(0, 12) + "…");
        }
    }

    /** @return the shape of one image this classifier takes, [height, width, channels] */
    public Shape imageShape() {
        long[] dims = input.shape().dims();
        return Shape.of(Arrays.copyOfRange(dims, 1, dims.length));
    }

    /**
     * Refuses, before any image is scored, images that a classifier does not take; scoring them would fail only at
     * the first batch, with TensorFlow's shape error.
     *
     * @param takes the shape of one image the classifier takes ({@link #imageShape()}, {@link #imageShape(Checkpoint)})
     * @param images the shape of one image to score
     * @param refusal makes the caller's exception from a sentence that names both shapes; the caller adds the option
     *     at fault and the remedy
     * @throws RuntimeException what {@code refusal} makes, when the shapes differ
     */
    public static void requireTakes(Shape takes, Shape images, Function<String, ? extends RuntimeException> refusal) {
        if (!takes.equals(images)) {
            throw refusal.apply("the frozen classifier takes images of shape " + takes + " (height, width, channels); "
                    + "the images to score are " + images);
        }
    }

    /**
     * @param backend runs the network
     * @return the classifier the project trained on Fashion-MNIST, from this jar
     */
    public static FrozenClassifier fashionMnist(Backend backend) {
        return from(backend, shipped());
    }

    /** @return the shipped classifier's checkpoint, copied out of the jar and verified */
    public static Checkpoint shipped() {
        try {
            Path folder = Files.createTempDirectory("gan4j-classifier");
            for (String name : SHIPPED_FILES) {
                try (InputStream in = FrozenClassifier.class.getResourceAsStream(RESOURCE + name)) {
                    if (in == null) {
                        throw new GanException("the shipped classifier's " + name + " is missing from gan-core's jar");
                    }
                    Files.copy(in, folder.resolve(name));
                }
            }
            Checkpoint checkpoint = CheckpointStore.load(folder);
            for (String name : SHIPPED_FILES) {
                Files.deleteIfExists(folder.resolve(name));
            }
            Files.deleteIfExists(folder);
            return checkpoint;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the shipped classifier", e);
        }
    }

    /** @return the test accuracy recorded when the classifier was trained, in [0, 1], or NaN before it is measured */
    @Override
    public double recordedTestAccuracy() {
        return Double.parseDouble(description.getOrDefault("test_accuracy", "NaN"));
    }

    /**
     * @param test images with labels the classifier was not trained on
     * @return the share it classifies correctly
     */
    public double accuracy(ImageDataset test) {
        int[] predicted = extract(test.scaledImages()).logits().orElseThrow().predictedClasses();
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == test.label(i) ? 1 : 0;
        }
        return (double) correct / predicted.length;
    }

    /**
     * @param images [n, h, w, c] in [−1, 1]
     * @return each image's features and class logits
     */
    @Override
    public ExtractedFeatures extract(HostTensor images) {
        int n = Math.toIntExact(images.shape().size(0));
        int pixels = Math.toIntExact(images.shape().numElements() / n);
        float[] all = images.toFloatArray();
        float[] features = new float[n * FeatureNetwork.FEATURES];
        float[] logits = new float[n * classes];
        Shape batchShape = input.shape();
        for (int start = 0; start < n; start += BATCH) {
            int count = Math.min(BATCH, n - start);
            float[] batch = new float[BATCH * pixels]; // the last batch is padded with zeros, and its extra rows dropped
            System.arraycopy(all, start * pixels, batch, 0, count * pixels);
            Map<String, HostTensor> out = computation.run(step, Map.of(input, HostTensor.of(batchShape, batch)), 0);
            System.arraycopy(out.get("features").toFloatArray(), 0, features, start * FeatureNetwork.FEATURES,
                    count * FeatureNetwork.FEATURES);
            System.arraycopy(out.get("logits").toFloatArray(), 0, logits, start * classes, count * classes);
        }
        return new ExtractedFeatures(Features.of(features, FeatureNetwork.FEATURES),
                Optional.of(new ClassLogits(logits, classes)));
    }

    @Override
    public int dimension() {
        return FeatureNetwork.FEATURES;
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "the frozen classifier trained on %s (test accuracy %.2f%%), not Inception",
                description.getOrDefault("data", "?"), 100 * recordedTestAccuracy());
    }

    @Override
    public String label() {
        return "classifier features, not Inception";
    }

    /** @return how it was trained, for reports */
    public Map<String, String> description() {
        return new java.util.TreeMap<>(description);
    }

    @Override
    public void close() {
        computation.close();
    }
}
