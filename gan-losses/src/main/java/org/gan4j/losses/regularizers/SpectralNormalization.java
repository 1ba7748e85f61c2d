package org.gan4j.losses.regularizers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.TransformedWeight;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.role.WeightTransform;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Spectral normalization (Miyato, Kataoka, Koyama &amp; Yoshida, "Spectral Normalization for Generative Adversarial
 * Networks", ICLR 2018, Appendix A): every discriminator weight W, a matrix [in, out] (conv kernels reshaped to
 * (kh·kw·c_in, c_out)), is used as W̄ = W / σ(W). σ is estimated with one power iteration per training step on a
 * persistent, non-trainable ũ ∈ R^out drawn once from N(0, I):
 * <pre>
 * ṽ = W ũ / ‖W ũ‖,   ũ' = Wᵀ ṽ / ‖Wᵀ ṽ‖,   σ = ṽᵀ W ũ'
 * </pre>
 * with ũ' and ṽ held constant (no gradient through them) and 10⁻¹² added to each norm. ũ ← ũ' at every
 * discriminator training step, never at evaluation; ũ is a variable, so it is checkpointed. The estimate σ of each
 * weight is reported as {@code sn_sigma_<weight>}.
 */
final class SpectralNormalization implements Regularizer {
    private static final double NORM_EPSILON = 1e-12;

    @Override
    public Optional<WeightTransform> weightTransform() {
        return Optional.of(SpectralNormalization::normalize);
    }

    private static Tensor normalized(Ops ops, Tensor x) {
        return ops.div(x, ops.add(ops.sqrt(ops.sum(ops.square(x))), ops.constant(NORM_EPSILON)));
    }

    private static TransformedWeight normalize(Ops ops, Variable variable) {
        Shape shape = variable.shape();
        long out = shape.size(-1);
        long in = shape.numElements() / out;
        Tensor weight = shape.rank() == 2 ? variable : ops.reshape(variable, Shape.of(in, out)); // HWIO → (kh·kw·c_in, c_out)
        Variable u = ops.variable(variable.name() + "_sn_u", Shape.of(out, 1), SpectralNormalization::standardNormal, false);
        Tensor v = ops.stopGradient(normalized(ops, ops.matmul(weight, u)));                      // [in, 1]
        Tensor wTv = ops.reshape(ops.matmul(ops.reshape(v, Shape.of(1, in)), weight), Shape.of(out, 1));
        Tensor nextU = ops.stopGradient(normalized(ops, wTv));                                    // [out, 1]
        Tensor sigma = ops.sum(ops.matmul(ops.reshape(v, Shape.of(1, in)), ops.matmul(weight, nextU)));
        return new TransformedWeight(ops.div(variable, sigma),
                new UpdatePlan(List.of(new Assignment(u, nextU)), Map.of("sn_sigma_" + variable.name(), sigma)));
    }

    private static HostTensor standardNormal(Shape shape, java.util.random.RandomGenerator random) {
        float[] values = new float[Math.toIntExact(shape.numElements())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return HostTensor.of(shape, values);
    }
}
