package org.gan4j.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gan4j.api.tensor.Shape;

/**
 * Grey-scale images with class labels from a pair of IDX files, as MNIST and Fashion-MNIST ship them:
 * {@code <split>-images-idx3-ubyte[.gz]} ([n, h, w] unsigned bytes) and {@code <split>-labels-idx1-ubyte[.gz]}
 * ([n] class numbers). Pixels are scaled to [−1, 1], the range of a tanh generator.
 *
 * @param images the image file's content
 * @param labels the label file's content, one per image
 */
public record ImageDataset(IdxFile images, IdxFile labels) {
    /** Where Debian's {@code dataset-fashion-mnist} package puts Fashion-MNIST, as text (for option defaults). */
    public static final String FASHION_MNIST_FOLDER = "/usr/share/datasets/fashion-mnist";
    /** Where Debian's {@code dataset-fashion-mnist} package puts Fashion-MNIST. */
    public static final Path FASHION_MNIST = Path.of(FASHION_MNIST_FOLDER);

    /** Checks that the files fit together. */
    public ImageDataset {
        if (images.dims().length != 3) {
            throw new DataFormatException(images.file(), "the number of dimensions", "3 ([images, height, width])",
                    images.dims().length + " " + Arrays.toString(images.dims()));
        }
        if (labels.dims().length != 1 || labels.dims()[0] != images.dims()[0]) {
            throw new DataFormatException(labels.file(), "the dimensions", "[" + images.dims()[0] + "], one label per "
                    + "image of " + images.file().getFileName(), Arrays.toString(labels.dims()));
        }
    }

    /**
     * @param directory a folder with the IDX files
     * @param split {@code train} or {@code t10k}
     * @return the split's images and labels
     * @throws DataNotFoundException when a file is missing, naming the folder and the file
     * @throws DataFormatException when a file is corrupt
     */
    public static ImageDataset load(Path directory, String split) {
        return new ImageDataset(IdxFile.read(find(directory, split + "-images-idx3-ubyte")),
                IdxFile.read(find(directory, split + "-labels-idx1-ubyte")));
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
        return images.dims()[0];
    }

    /** @return the shape of one image, [h, w, 1] */
    public Shape imageShape() {
        return Shape.of(images.dims()[1], images.dims()[2], 1);
    }

    /** @return the number of classes: the largest label + 1 */
    public int classes() {
        int max = 0;
        for (int i = 0; i < size(); i++) {
            max = Math.max(max, labels.unsigned(i));
        }
        return max + 1;
    }

    /**
     * @param index an image's position
     * @return its class
     */
    public int label(int index) {
        return labels.unsigned(index);
    }

    /** @return every image scaled to [−1, 1], [n, h, w, 1] */
    public org.gan4j.api.tensor.HostTensor scaledImages() {
        int pixels = Math.toIntExact(imageShape().numElements());
        float[] all = new float[size() * pixels];
        for (int i = 0; i < size(); i++) {
            copyScaled(i, all, i * pixels);
        }
        return org.gan4j.api.tensor.HostTensor.of(imageShape().prepend(size()), all);
    }

    /**
     * @param count how many
     * @return the first {@code count} images and labels
     */
    public ImageDataset first(int count) {
        int n = Math.min(count, size());
        int pixels = images.dims()[1] * images.dims()[2];
        return new ImageDataset(new IdxFile(images.file(), new int[] {n, images.dims()[1], images.dims()[2]},
                java.util.Arrays.copyOf(images.data(), n * pixels)),
                new IdxFile(labels.file(), new int[] {n}, java.util.Arrays.copyOf(labels.data(), n)));
    }

    /**
     * Writes image {@code index} scaled to [−1, 1] (0 → −1, 255 → 1).
     *
     * @param index the image
     * @param into the destination
     * @param offset where in {@code into} its first pixel goes
     */
    public void copyScaled(int index, float[] into, int offset) {
        int pixels = images.dims()[1] * images.dims()[2];
        byte[] data = images.data();
        int from = index * pixels;
        for (int p = 0; p < pixels; p++) {
            into[offset + p] = (data[from + p] & 0xff) / 127.5f - 1f;
        }
    }
}
