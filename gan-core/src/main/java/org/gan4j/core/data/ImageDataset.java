package org.gan4j.core.data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;

/**
 * Labelled images as unsigned bytes: n images [h, w, c] (c = 1 grey, 3 RGB), channels last, row-major, each with a
 * class. It comes from a pair of IDX files ({@link #load}), as MNIST and Fashion-MNIST ship them, or from a folder of
 * pictures decoded into a cache (then {@code pixels} is memory-mapped). Samples are scaled to [−1, 1], the range of a
 * tanh generator: byte v becomes v / 127.5 − 1.
 *
 * @param source what the images were read from, for messages (a file or folder)
 * @param imageShape one image's shape [h, w, c]
 * @param pixels n·h·w·c bytes, read by absolute position only (never its position or limit)
 * @param labels each image's class, 0 … classes − 1
 * @param classNames the classes' names, by class number
 */
public record ImageDataset(String source, Shape imageShape, ByteBuffer pixels, int[] labels, List<String> classNames) {
    /** Where Debian's {@code dataset-fashion-mnist} package puts Fashion-MNIST, as text (for option defaults). */
    public static final String FASHION_MNIST_FOLDER = "/usr/share/datasets/fashion-mnist";
    /** Where Debian's {@code dataset-fashion-mnist} package puts Fashion-MNIST. */
    public static final Path FASHION_MNIST = Path.of(FASHION_MNIST_FOLDER);

    /** Checks that the parts fit together. */
    public ImageDataset {
        Objects.requireNonNull(source, "source");
        if (imageShape.rank() != 3) {
            throw new IllegalArgumentException("images are [h, w, c], not " + imageShape);
        }
        long bytes = imageShape.numElements() * labels.length;
        if (pixels.capacity() != bytes) {
            throw new IllegalArgumentException(source + ": " + labels.length + " images " + imageShape + " need " + bytes
                    + " bytes, not " + pixels.capacity());
        }
        for (int label : labels) {
            if (label < 0 || label >= classNames.size()) {
                throw new IllegalArgumentException(source + ": label " + label + " is not one of the " + classNames.size()
                        + " classes " + classNames);
            }
        }
        classNames = List.copyOf(classNames);
    }

    /**
     * Reads an IDX pair: {@code <split>-images-idx3-ubyte[.gz]} ([n, h, w] unsigned bytes) and
     * {@code <split>-labels-idx1-ubyte[.gz]} ([n] class numbers); the classes are named by their numbers, as many as
     * the largest label + 1.
     *
     * @param directory a folder with the IDX files
     * @param split {@code train} or {@code t10k}
     * @return the split's images and labels
     * @throws DataNotFoundException when a file is missing, naming the folder and the file
     * @throws DataFormatException when a file is corrupt or the two do not fit together
     */
    public static ImageDataset load(Path directory, String split) {
        IdxFile images = IdxFile.read(find(directory, split + "-images-idx3-ubyte"));
        IdxFile labels = IdxFile.read(find(directory, split + "-labels-idx1-ubyte"));
        if (images.dims().length != 3) {
            throw new DataFormatException(images.file(), "the number of dimensions", "3 ([images, height, width])",
                    images.dims().length + " " + Arrays.toString(images.dims()));
        }
        if (labels.dims().length != 1 || labels.dims()[0] != images.dims()[0]) {
            throw new DataFormatException(labels.file(), "the dimensions", "[" + images.dims()[0] + "], one label per "
                    + "image of " + images.file().getFileName(), Arrays.toString(labels.dims()));
        }
        int[] classes = new int[labels.dims()[0]];
        int max = 0;
        for (int i = 0; i < classes.length; i++) {
            classes[i] = labels.unsigned(i);
            max = Math.max(max, classes[i]);
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k <= max; k++) {
            names.add(Integer.toString(k));
        }
        return new ImageDataset(images.file().toString(), Shape.of(images.dims()[1], images.dims()[2], 1),
                ByteBuffer.wrap(images.data()), classes, names);
    }

    private static Path find(Path directory, String stem) {
        for (String name : new String[] {stem + ".gz", stem}) {
            Path file = directory.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new DataNotFoundException(directory, stem + "[.gz]");
    }

    /** @return the number of images */
    public int size() {
        return labels.length;
    }

    /** @return the number of classes */
    public int classes() {
        return classNames.size();
    }

    /**
     * @param index an image's position
     * @return its class
     */
    public int label(int index) {
        return labels[index];
    }

    /** @return every image scaled to [−1, 1], [n, h, w, c] */
    public HostTensor scaledImages() {
        int values = Math.toIntExact(imageShape.numElements());
        float[] all = new float[Math.multiplyExact(size(), values)];
        for (int i = 0; i < size(); i++) {
            copyScaled(i, all, i * values);
        }
        return HostTensor.of(imageShape.prepend(size()), all);
    }

    /**
     * @param count how many
     * @return the first {@code count} images and labels (all when there are fewer)
     */
    public ImageDataset first(int count) {
        int[] indices = new int[Math.min(count, size())];
        Arrays.setAll(indices, i -> i);
        return select(indices);
    }

    /**
     * @param indices positions of images, in the order wanted
     * @return those images and labels, copied, with the same classes
     */
    public ImageDataset select(int[] indices) {
        int values = Math.toIntExact(imageShape.numElements());
        byte[] chosen = new byte[Math.multiplyExact(indices.length, values)];
        int[] chosenLabels = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            pixels.get(Math.multiplyExact(indices[k], values), chosen, k * values, values);
            chosenLabels[k] = labels[indices[k]];
        }
        return new ImageDataset(source, imageShape, ByteBuffer.wrap(chosen), chosenLabels, classNames);
    }

    /**
     * What a classifier trained on these images records, so that it scores only data it was made for: the SHA-256 of
     * the shape, the pixels and the labels, in hexadecimal. Equal images with equal labels, from any folder, give
     * the same fingerprint; any changed pixel or label gives another.
     *
     * @return the fingerprint, 64 hexadecimal digits
     */
    public String fingerprint() {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        sha256.update(imageShape.toString().getBytes(StandardCharsets.UTF_8));
        sha256.update(pixels.duplicate().clear());
        ByteBuffer classes = ByteBuffer.allocate(Integer.BYTES * labels.length);
        classes.asIntBuffer().put(labels);
        sha256.update(classes);
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Writes image {@code index} scaled to [−1, 1] (0 → −1, 255 → 1).
     *
     * @param index the image
     * @param into the destination
     * @param offset where in {@code into} its first value goes
     */
    public void copyScaled(int index, float[] into, int offset) {
        int values = Math.toIntExact(imageShape.numElements());
        int from = Math.multiplyExact(index, values);
        for (int p = 0; p < values; p++) {
            into[offset + p] = (pixels.get(from + p) & 0xff) / 127.5f - 1f;
        }
    }
}
