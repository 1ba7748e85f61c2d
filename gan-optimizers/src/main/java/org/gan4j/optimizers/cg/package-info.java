/**
 * Nonlinear conjugate-gradient directions for each player of a GAN (Naganuma &amp; Iiduka, "Conjugate Gradient
 * Method for Generative Adversarial Networks", AISTATS 2023): the rules FR, PRP, HS, DY, HZ and the hybrids
 * HS-DY and FR-PRP, each its own {@link org.gan4j.api.spi.OptimizerProvider} id ({@code cg-fr}, {@code cg-prp},
 * {@code cg-hs}, {@code cg-dy}, {@code cg-hz}, {@code cg-hs-dy}, {@code cg-fr-prp}).
 *
 * <p>The equations are those of {@code docs/algorithms.md#nonlinear-conjugate-gradient}, not the authors' published
 * toy code, which ascends on its first step, applies β twice and keeps g<sub>t−1</sub> by reference.
 */
@Experimental
package org.gan4j.optimizers.cg;

import org.gan4j.api.Experimental;
