package org.gan4j.core.eval;

import org.gan4j.api.tensor.HostTensor;

/**
 * Turns images into the feature vectors FID, KID and the nearest-neighbour metrics compare, and, where it has them,
 * class logits (for class shares and the {@link InceptionScore}). Two kinds exist: a {@link FrozenClassifier} made
 * by {@code gan classifier} for one data set, and {@link SavedModelFeatures}, any network saved as a TensorFlow
 * SavedModel with a {@value SavedModelContract#FILE} beside it. Opened from a {@link FeatureSource}.
 */
public interface FeatureExtractor extends AutoCloseable {
    /**
     * @param images [n, h, w, c] in [−1, 1], the shape of the data it was opened for
     * @return each image's features and, where the extractor has them, logits
     */
    ExtractedFeatures extract(HostTensor images);

    /** @return the length of every feature vector */
    int dimension();

    /** @return the number of classes of its logits; 0 when it has none */
    int classes();

    /**
     * @return what the features are, for every printed figure, completing "features of …": such as "the frozen
     *     classifier trained on DIR (test accuracy 90.04%), not Inception"
     */
    String describe();

    /** @return the same in a few words, for a line per score: such as "classifier features, not Inception" */
    String label();

    /** @return the test accuracy recorded when it was trained, in [0, 1]; NaN where none was recorded */
    default double recordedTestAccuracy() {
        return Double.NaN;
    }

    @Override
    void close();
}
