/**
 * Sample-quality metrics; for 2-D mixtures the VEEGAN/PacGAN trio of modes covered, high-quality share and
 * reverse KL (docs/algorithms.md#evaluation).
 */
@Experimental
package org.gan4j.core.eval;

import org.gan4j.api.Experimental;
