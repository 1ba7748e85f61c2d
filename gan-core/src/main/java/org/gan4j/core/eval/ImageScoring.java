package org.gan4j.core.eval;

import java.util.function.Function;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.data.ImageSplits;

/**
 * What a run's image scores need, checked to fit each other before anything is trained or written: the frozen
 * classifier whose features score the images, and the run's training and held-out images that generated ones are
 * compared with.
 *
 * @param classifier the classifier's checkpoint, made for the training images ({@link FrozenClassifier#requireMadeFor})
 * @param splits the run's training and held-out images
 */
public record ImageScoring(Checkpoint classifier, ImageSplits splits) {
    /**
     * @param classifier the classifier's checkpoint
     * @param splits the images to score against
     * @param refusal makes the caller's exception from what does not fit
     * @return both, once they fit
     * @throws RuntimeException what {@code refusal} makes, when the classifier was made for other images
     */
    public static ImageScoring of(Checkpoint classifier, ImageSplits splits,
            Function<String, ? extends RuntimeException> refusal) {
        FrozenClassifier.requireMadeFor(classifier, splits.train(), refusal);
        return new ImageScoring(classifier, splits);
    }
}
