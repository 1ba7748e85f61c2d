/**
 * Training data: the 2-D Gaussian mixtures of the mode-collapse literature, and batches drawn reproducibly by
 * step from the run's seed.
 */
@Experimental
package org.gan4j.core.data;

import org.gan4j.api.Experimental;
