package org.gan4j.core.eval;

import java.util.function.Function;
import org.gan4j.core.data.ImageSplits;

/**
 * What a run's image scores need, checked to fit each other before anything is trained or written: the features
 * that score the images, and the run's training and held-out images that generated ones are compared with.
 *
 * @param features the features, fit for the training images ({@link FeatureSource#requireFits})
 * @param splits the run's training and held-out images
 */
public record ImageScoring(FeatureSource features, ImageSplits splits) {
    /**
     * @param features the features
     * @param splits the images to score against
     * @param refusal makes the caller's exception from what does not fit
     * @return both, once they fit
     * @throws RuntimeException what {@code refusal} makes, when the features cannot score these images
     */
    public static ImageScoring of(FeatureSource features, ImageSplits splits,
            Function<String, ? extends RuntimeException> refusal) {
        features.requireFits(splits.train(), refusal);
        return new ImageScoring(features, splits);
    }
}
