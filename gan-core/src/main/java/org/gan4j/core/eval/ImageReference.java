package org.gan4j.core.eval;

import java.util.Optional;
import org.gan4j.api.GanException;
import org.gan4j.core.data.ImageDataset;

/**
 * What {@link ImageScore} compares generated images with, at a given N: the features of the first N training
 * images, and the floors a perfect generator would score (FID, KID, and, where the features come with logits, class
 * shares and Inception Score of the first N test images). It depends only on the data, the features and N, so a run
 * that scores its generator again and again computes it once.
 *
 * @param samples N
 * @param real the features of the first N training images
 * @param fidFloor FID(train, test)
 * @param kidFloor KID(train, test)
 * @param testClassShares the share of the N test images predicted as each class; empty without logits
 * @param testInceptionScore the Inception Score of the N test images; empty without logits
 */
public record ImageReference(int samples, Features real, double fidFloor, double kidFloor, double[] testClassShares,
        Optional<InceptionScore> testInceptionScore) {
    /**
     * @param train the training split
     * @param test the test split
     * @return the largest N a reference can have: the smaller split's size (FID compares N generated images with N
     *     of each split)
     */
    public static int maxSamples(ImageDataset train, ImageDataset test) {
        return Math.min(train.size(), test.size());
    }

    /**
     * @param extractor the features
     * @param train the training split, at least N images
     * @param test the test split, at least N images
     * @param samples N
     * @return the reference
     * @throws GanException when a split holds fewer than N images
     */
    public static ImageReference of(FeatureExtractor extractor, ImageDataset train, ImageDataset test, int samples) {
        if (samples > maxSamples(train, test)) {
            throw new GanException(samples + " samples are more than the data's splits hold (" + train.size()
                    + " train, " + test.size() + " test); evaluate at most " + maxSamples(train, test));
        }
        Features real = extractor.extract(train.first(samples).scaledImages()).features();
        ExtractedFeatures held = extractor.extract(test.first(samples).scaledImages());
        return new ImageReference(samples, real, FrechetDistance.between(real, held.features()),
                KernelDistance.between(real, held.features()),
                held.logits().map(ClassLogits::shares).orElse(new double[0]),
                held.logits().flatMap(ImageScore::inceptionScore));
    }
}
