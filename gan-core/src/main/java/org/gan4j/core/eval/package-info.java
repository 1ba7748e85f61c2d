/**
 * Sample-quality metrics; for 2-D mixtures the VEEGAN/PacGAN trio of modes covered, high-quality share and
 * reverse KL (docs/algorithms.md#evaluation); for images FID, KID, precision/recall/density/coverage, class shares
 * and the Inception Score on the features of a {@link org.gan4j.core.eval.FeatureExtractor}: a frozen classifier
 * made for the data, or any network saved as a TensorFlow SavedModel (docs/images.md).
 */
@Experimental
package org.gan4j.core.eval;

import org.gan4j.api.Experimental;
