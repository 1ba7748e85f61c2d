package org.gan4j.core.data;

import java.nio.file.Path;
import java.util.List;

/**
 * A data set a run can train on, by id: a 2-D mixture, generated from the seed, or an IDX image set read from a
 * folder. It makes the run's batches; what to draw and score at the end is the front end's business.
 */
public sealed interface Dataset permits Dataset.Mixture, Dataset.IdxImages {
    /** The id of Fashion-MNIST, or of any IDX image set read from another folder. */
    String FASHION_MNIST = "fashion-mnist";
    /** Every id, in the order help texts list them. */
    List<String> IDS = List.of("ring8", "grid25", FASHION_MNIST);

    /**
     * @param id one of {@link #IDS}
     * @param folder the image set's folder, or null for the id's own (Debian's Fashion-MNIST); must be null for a
     *     mixture
     * @return that data set
     * @throws IllegalArgumentException for an unknown id or a folder given to a mixture (the run description checks
     *     both first and names the options)
     */
    static Dataset of(String id, Path folder) {
        if (id.equals(FASHION_MNIST)) {
            return new IdxImages(id, folder != null ? folder : ImageDataset.FASHION_MNIST);
        }
        if (folder != null || !IDS.contains(id)) {
            throw new IllegalArgumentException("no data set '" + id + "' with folder " + folder + "; use one of " + IDS);
        }
        return new Mixture(GaussianMixture2D.byId(id));
    }

    /**
     * @param id one of {@link #IDS}
     * @return the kind of data it is
     */
    static DataKind kindOf(String id) {
        return id.equals(FASHION_MNIST) ? DataKind.IMAGES : DataKind.MIXTURE;
    }

    /** @return the id */
    String id();

    /** @return the folder the data is read from, or null where it is generated */
    Path folder();

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
        public Path folder() {
            return null;
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
     * Grey-scale images from IDX files, shuffled per epoch and prepared off the training thread.
     *
     * @param id the data set's id
     * @param folder where the IDX files are
     */
    record IdxImages(String id, Path folder) implements Dataset {
        @Override
        public DataKind kind() {
            return DataKind.IMAGES;
        }

        @Override
        public BatchSource batches(int batchSize, long seed) {
            return new PrefetchedBatches(new ImageBatches(ImageDataset.load(folder, "train"), batchSize, seed));
        }

        /**
         * @param split {@code train} or {@code t10k}
         * @return that split's images and labels
         */
        public ImageDataset load(String split) {
            return ImageDataset.load(folder, split);
        }
    }
}
