/**
 * Competitive gradient descent (Schäfer &amp; Anandkumar, NeurIPS 2019) and its adaptive form ACGD (Schäfer, Zheng
 * &amp; Anandkumar, ICML 2020) as {@link org.gan4j.api.spi.JointOptimizerProvider}s {@code cgd} and {@code acgd}.
 *
 * <p>Both solve a symmetric positive definite system in one player's space with linear conjugate gradient,
 * built from mixed Hessian-vector products of the game's value ({@link MixedHessian}). The solver
 * ({@link LinearConjugateGradient}) is unrolled in the graph for at most {@code max_iterations} iterations
 * with a mask that freezes it once converged, and is warm-started from the previous step's solution, so a game
 * step stays one native call. Equations: {@code docs/algorithms.md#competitive-gradient-descent}.
 */
@Experimental
package org.gan4j.optimizers.cgd;

import org.gan4j.api.Experimental;
