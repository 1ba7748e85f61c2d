package org.gan4j.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A data set a run can train on: a 2-D mixture, generated from the seed, or labelled images read from files. It
 * makes the run's batches; what to draw and score at the end is the front end's business.
 */
public sealed interface Dataset permits Dataset.Mixture, Dataset.Images {
    /** Fashion-MNIST's IDX files, from Debian's folder (or another one it was copied to). */
    String FASHION_MNIST = "fashion-mnist";
    /** Any IDX image set (MNIST, say): {@code train-} and {@code t10k-} image and label files in a folder. */
    String IDX = "idx";
    /** A folder of pictures, flat or with one subfolder per class ({@link ImageSource.Folder}). */
    String FOLDER = "folder";
    /** Every id, in the order help texts list them. */
    List<String> IDS = List.of("ring8", "grid25", FASHION_MNIST, IDX, FOLDER);

    /**
     * @param id one of {@link #IDS}
     * @param folder where the files are; null for a mixture, and for Fashion-MNIST in Debian's folder
     * @param imageSize the side pictures are resized and cropped to (for {@link #FOLDER})
     * @param channels 1 (grey) or 3 (RGB) (for {@link #FOLDER})
     * @return that data set
     * @throws IllegalArgumentException for an unknown id or a folder given to a mixture or missing for a file set (the
     *     run description checks these first and names the options)
     */
    static Dataset of(String id, Path folder, int imageSize, int channels) {
        return switch (id) {
            case FASHION_MNIST -> new Images(id, new ImageSource.Idx(folder != null ? folder : ImageDataset.FASHION_MNIST));
            case IDX, FOLDER -> {
                if (folder == null) {
                    throw new IllegalArgumentException("data set '" + id + "' needs a folder");
                }
                yield new Images(id, id.equals(IDX) ? new ImageSource.Idx(folder) : new ImageSource.Folder(folder, imageSize, channels));
            }
            default -> {
                if (folder != null || !IDS.contains(id)) {
                    throw new IllegalArgumentException("no data set '" + id + "' with folder " + folder + "; use one of "
                            + IDS);
                }
                yield new Mixture(GaussianMixture2D.byId(id));
            }
        };
    }

    /**
     * @param id one of {@link #IDS}
     * @return the kind of data it is
     */
    static DataKind kindOf(String id) {
        return id.equals("ring8") || id.equals("grid25") ? DataKind.MIXTURE : DataKind.IMAGES;
    }

    /**
     * @param folder a folder the user named as data
     * @return the id of what it holds: {@link #IDX} where it has a {@code train-images-idx3-ubyte[.gz]} file,
     *     {@link #FOLDER} otherwise (whether it holds pictures is checked when they are read)
     */
    static String inferredId(Path folder) {
        boolean idx = Files.isRegularFile(folder.resolve(ImageSource.Idx.TRAIN_IMAGES))
                || Files.isRegularFile(folder.resolve(ImageSource.Idx.TRAIN_IMAGES + ".gz"));
        return idx ? IDX : FOLDER;
    }

    /** @return the id */
    String id();

    /** @return a short name for run folders and messages: the id, or the name of the folder the files are in */
    String name();

    /** @return the kind of data, which decides the run's defaults */
    DataKind kind();

    /**
     * @param batchSize samples per batch
     * @param seed the run's seed
     * @return the run's batches; close them if they are {@link AutoCloseable}
     */
    BatchSource batches(int batchSize, long seed);

    /**
     * A 2-D Gaussian mixture.
     *
     * @param mixture the distribution
     */
    record Mixture(GaussianMixture2D mixture) implements Dataset {
        @Override
        public String id() {
            return mixture.name();
        }

        @Override
        public String name() {
            return id();
        }

        @Override
        public DataKind kind() {
            return DataKind.MIXTURE;
        }

        @Override
        public BatchSource batches(int batchSize, long seed) {
            return new MixtureBatches(mixture, batchSize, seed);
        }
    }

    /**
     * Labelled images, shuffled per epoch and prepared off the training thread.
     *
     * @param id the data set's id
     * @param source where the images come from
     */
    record Images(String id, ImageSource source) implements Dataset {
        @Override
        public String name() {
            return id.equals(FASHION_MNIST) ? id : source.folder().toAbsolutePath().normalize().getFileName().toString();
        }

        @Override
        public DataKind kind() {
            return DataKind.IMAGES;
        }

        @Override
        public BatchSource batches(int batchSize, long seed) {
            return batches(source.train(), batchSize, seed);
        }

        /**
         * @param train training images already read
         * @param batchSize samples per batch
         * @param seed the run's seed
         * @return their batches, as {@link #batches(int, long)} makes them; close them
         */
        public static BatchSource batches(ImageDataset train, int batchSize, long seed) {
            return new PrefetchedBatches(new ImageBatches(train, batchSize, seed));
        }

        /** @return the training images and the held-out ones */
        public ImageSplits load() {
            return source.load();
        }
    }
}
