/**
 * Adversarial objectives as {@link org.gan4j.api.spi.LossProvider}s: {@code minimax}, {@code non-saturating}
 * (Goodfellow et al. 2014), {@code wgan} (Arjovsky et al. 2017), {@code hinge} (Miyato et al. 2018),
 * {@code least-squares} (Mao et al. 2017) and {@code relativistic-average} (Jolicoeur-Martineau 2019).
 * Equations as in {@code docs/algorithms.md#losses}, on raw logits or critic values, with log σ(t) written as
 * −softplus(−t) so that large logits do not overflow.
 */
@Experimental
package org.gan4j.losses;

import org.gan4j.api.Experimental;
