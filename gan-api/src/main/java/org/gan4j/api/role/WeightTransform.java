package org.gan4j.api.role;

import org.gan4j.api.Experimental;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Variable;

/**
 * Replaces a discriminator weight by a function of it wherever the weight is used, without the layer knowing:
 * spectral normalization's W̄ = W / σ(W), for example. The trainer applies it once per weight (a matrix
 * [in, out]; kernels reshaped to one), and runs the returned state updates with every discriminator training
 * step, never at evaluation.
 *
 * @since 0.1
 */
@Experimental
@FunctionalInterface
public interface WeightTransform {
    /**
     * @param ops the backend's ops
     * @param weight a trainable discriminator weight
     * @return the weight to use, the state updates of a training step, and scalars to report
     */
    TransformedWeight apply(Ops ops, Variable weight);
}
