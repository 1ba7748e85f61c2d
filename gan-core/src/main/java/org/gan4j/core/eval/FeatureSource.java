package org.gan4j.core.eval;

import java.util.function.Function;
import org.gan4j.api.spi.Backend;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.data.ImageDataset;

/**
 * Where the features that score images come from, chosen before anything is opened: a {@link FrozenClassifier}'s
 * checkpoint, made for one data set, or a SavedModel with its {@link SavedModelContract}, made for none.
 */
public sealed interface FeatureSource {
    /**
     * Refuses, before any image is scored, data these features cannot score.
     *
     * @param train the training images of the data to score
     * @param refusal makes the caller's exception from a sentence that says what does not fit; the caller adds the
     *     option at fault and the remedy
     * @throws RuntimeException what {@code refusal} makes
     */
    void requireFits(ImageDataset train, Function<String, ? extends RuntimeException> refusal);

    /**
     * @param backend runs the network
     * @return the extractor, to be closed after use
     */
    FeatureExtractor open(Backend backend);

    /**
     * A classifier saved by {@code gan classifier}: it scores only the data it was trained on.
     *
     * @param checkpoint its weights
     */
    record Classifier(Checkpoint checkpoint) implements FeatureSource {
        @Override
        public void requireFits(ImageDataset train, Function<String, ? extends RuntimeException> refusal) {
            FrozenClassifier.requireMadeFor(checkpoint, train, refusal);
        }

        @Override
        public FeatureExtractor open(Backend backend) {
            return FrozenClassifier.from(backend, checkpoint);
        }
    }

    /**
     * A feature network saved as a TensorFlow SavedModel: generic, so it scores any data whose channels it takes.
     *
     * @param contract what it takes and gives
     */
    record SavedModel(SavedModelContract contract) implements FeatureSource {
        @Override
        public void requireFits(ImageDataset train, Function<String, ? extends RuntimeException> refusal) {
            contract.requireTakes(train.imageShape(), refusal);
        }

        @Override
        public FeatureExtractor open(Backend backend) {
            return SavedModelFeatures.open(backend, contract);
        }
    }
}
