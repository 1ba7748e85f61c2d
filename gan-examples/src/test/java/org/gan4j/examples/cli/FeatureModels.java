package org.gan4j.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.core.eval.Features;
import org.gan4j.core.eval.SavedModelContract;
import org.gan4j.tf.TfBackendProvider;

/**
 * For tests of {@code --features}: a feature network with closed-form outputs, exported as a SavedModel by the TF
 * backend itself, and IDX images of constant grey, whose features are then known by hand.
 *
 * <p>The network: signature {@code serving_default}, input {@code images} of exactly {@value #BATCH} images
 * [8, 8, 3] in 0..255; output {@code features} = [m, q/255], m the mean of an image's values and q the mean of their
 * squares; output {@code logits} = [m − 127.5, 127.5 − m] (class 0 for bright images). A constant image of grey p
 * (any size, resized and repeated into 3 channels) has features (p, p²/255).
 */
final class FeatureModels {
    /** Images per call: the last of 40 is padded. */
    static final int BATCH = 7;
    /** Images per IDX file. */
    static final int COUNT = 40;
    /** The images' side: resized to the network's 8. */
    static final int SIDE = 6;

    private FeatureModels() {
    }

    /**
     * @param dir a folder that does not exist yet
     * @return dir, holding the SavedModel and a contract that fits it
     */
    static Path export(Path dir) {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(0)) {
            Ops o = c.ops();
            Tensor x = c.input("images", Shape.of(BATCH, 8, 8, 3), DType.FLOAT32);
            Tensor m = o.reshape(o.mean(x, 1, 2, 3), Shape.of(Shape.UNKNOWN, 1));
            Tensor q = o.reshape(o.mean(o.square(x), 1, 2, 3), Shape.of(Shape.UNKNOWN, 1));
            Tensor centred = o.sub(m, o.constant(127.5));
            c.export(dir, "serving_default", Map.of("images", x), Map.of("features",
                    o.concat(List.of(m, o.mul(q, o.constant(1 / 255.0))), 1), "logits",
                    o.concat(List.of(centred, o.neg(centred)), 1)));
        }
        contract(dir, Map.of());
        return dir;
    }

    /**
     * Writes the network's {@value SavedModelContract#FILE}: the one that fits, with some keys changed.
     *
     * @param dir the network's folder
     * @param changed keys to set instead
     */
    static void contract(Path dir, Map<String, String> changed) {
        Map<String, String> keys = new LinkedHashMap<>(Map.of("input", "images", "output", "features", "logits",
                "logits", "height", "8", "width", "8", "channels", "3", "range", "0..255", "batch",
                Integer.toString(BATCH)));
        keys.putAll(changed);
        StringBuilder text = new StringBuilder();
        keys.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try {
            Files.writeString(dir.resolve(SavedModelContract.FILE), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file where to write an IDX images file of {@value #COUNT} constant images, {@value #SIDE} × {@value #SIDE}
     * @param grey image i's grey level
     * @return file
     */
    static Path images(Path file, IntUnaryOperator grey) throws IOException {
        int pixels = SIDE * SIDE;
        ByteBuffer images = ByteBuffer.allocate(16 + COUNT * pixels);
        images.putInt(0x0803).putInt(COUNT).putInt(SIDE).putInt(SIDE);
        for (int i = 0; i < COUNT; i++) {
            for (int p = 0; p < pixels; p++) {
                images.put((byte) grey.applyAsInt(i));
            }
        }
        Files.write(file, images.array());
        return file;
    }

    /**
     * @param dir where to write train-* and t10k-* IDX files of constant images, with labels (all one class)
     * @param train a training image's grey level
     * @param test a test image's grey level
     * @return dir
     */
    static Path data(Path dir, IntUnaryOperator train, IntUnaryOperator test) throws IOException {
        images(dir.resolve("train-images-idx3-ubyte"), train);
        images(dir.resolve("t10k-images-idx3-ubyte"), test);
        for (String split : new String[] {"train", "t10k"}) {
            ByteBuffer labels = ByteBuffer.allocate(8 + COUNT);
            labels.putInt(0x0801).putInt(COUNT);
            Files.write(dir.resolve(split + "-labels-idx1-ubyte"), labels.array());
        }
        return dir;
    }

    /**
     * @param grey each image's grey level
     * @param n how many
     * @return the features the network gives constant images of these greys, worked out by hand: (p, p²/255)
     */
    static Features byHand(IntUnaryOperator grey, int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double p = grey.applyAsInt(i);
            rows[i] = new double[] {p, p * p / 255};
        }
        return new Features(rows);
    }
}
