/**
 * Sample-quality metrics; for 2-D mixtures the VEEGAN/PacGAN trio of modes covered, high-quality share and
 * reverse KL (ALGORITHMS.md §5).
 */
@Experimental
package org.gan4j.core.eval;

import org.gan4j.api.Experimental;
