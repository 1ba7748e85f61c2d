/**
 * Adversarial objectives as {@link org.gan4j.api.spi.LossProvider}s: minimax and non-saturating
 * (Goodfellow et al. 2014). Equations as in {@code shared/ALGORITHMS.md} §1, on raw logits, with
 * log σ(t) written as −softplus(−t) so that large logits do not overflow.
 */
package org.gan4j.losses;
