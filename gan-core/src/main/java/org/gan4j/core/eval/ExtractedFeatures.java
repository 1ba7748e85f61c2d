package org.gan4j.core.eval;

import java.util.Optional;

/**
 * What a {@link FeatureExtractor} gives for a set of images.
 *
 * @param features one vector per image
 * @param logits the class logits of each image, where the extractor has them
 */
public record ExtractedFeatures(Features features, Optional<ClassLogits> logits) {
}
