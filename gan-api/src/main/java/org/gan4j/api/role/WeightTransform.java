package org.gan4j.api.role;

import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Variable;

/**
 * Replaces a discriminator weight by a function of it wherever the weight is used, without the layer knowing:
 * spectral normalization's W̄ = W / σ(W), for example. The trainer applies it once per weight, a matrix [in, out]
 * or a convolution kernel [kh, kw, c_in, c_out] (a transform defined on matrices views a kernel as the matrix
 * (kh·kw·c_in, c_out)), and runs the returned state updates with every discriminator training step, never at
 * evaluation. The returned value has the weight's shape. A regularizer offers one through
 * {@link Regularizer#weightTransform()}.
 *
 * @since 0.1
 */
@Stable
@FunctionalInterface
public interface WeightTransform {
    /**
     * @param ops the backend's ops
     * @param weight a trainable discriminator weight
     * @return the weight to use, the state updates of a training step, and scalars to report
     */
    TransformedWeight apply(Ops ops, Variable weight);
}
