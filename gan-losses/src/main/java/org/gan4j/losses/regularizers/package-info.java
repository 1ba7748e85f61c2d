/**
 * Regularizers for the discriminator, composable with any loss ({@code docs/algorithms.md#regularizers}):
 * {@code gp} (WGAN-GP, Gulrajani et al. 2017), {@code lp} (its one-sided variant, Petzka et al. 2018), {@code clip}
 * (weight clipping, Arjovsky et al. 2017), {@code spectral-norm} (Miyato et al. 2018) and {@code r1} (the gradient
 * penalty on real data, Mescheder et al. 2018, optionally lazy as in Karras et al. 2020).
 */
@Experimental
package org.gan4j.losses.regularizers;

import org.gan4j.api.Experimental;
