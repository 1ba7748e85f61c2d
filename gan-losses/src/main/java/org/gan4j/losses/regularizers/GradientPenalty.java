package org.gan4j.losses.regularizers;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.RegularizerInputs;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * The gradient penalty of WGAN-GP (Gulrajani et al., "Improved Training of Wasserstein GANs", NeurIPS 2017,
 * Algorithm 1), and its one-sided variant WGAN-LP (Petzka, Fischer &amp; Lukovnikov, ICLR 2018):
 * <pre>
 * x̂ = ε·x + (1 − ε)·x̃,   ε ~ U[0, 1], one per sample
 * two-sided: λ · E (‖∇_x̂ D(x̂)‖₂ − 1)²
 * one-sided: λ · E max(0, ‖∇_x̂ D(x̂)‖₂ − 1)²
 * </pre>
 * The norm is taken per sample over all its dimensions, as √(Σ g² + 10⁻¹²) so that its gradient stays finite
 * where g = 0. Differentiating the penalty differentiates a gradient: the backend needs second-order gradients
 * for the ops of the discriminator.
 */
final class GradientPenalty implements Regularizer {
    private static final double NORM_EPSILON = 1e-12;
    private static final String STREAM = "gradient_penalty";

    private final GradientPenaltyParameters parameters;
    private final boolean oneSided;

    GradientPenalty(GradientPenaltyParameters parameters, boolean oneSided) {
        this.parameters = parameters;
        this.oneSided = oneSided;
    }

    @Override
    public Tensor penalty(RegularizerInputs in) {
        Ops ops = in.ops();
        Shape shape = in.real().shape();
        long[] perSample = new long[shape.rank()];
        Arrays.fill(perSample, 1);
        perSample[0] = shape.size(0);
        Tensor epsilon = ops.randomUniform(Shape.of(perSample), STREAM);
        Tensor interpolates = ops.add(ops.mul(epsilon, in.real()), ops.mul(ops.sub(ops.constant(1), epsilon), in.fake()));
        Tensor scores = in.score(interpolates);
        Tensor gradient = ops.gradients(ops.sum(scores), java.util.List.of(interpolates)).get(0);
        int[] sampleAxes = IntStream.range(1, shape.rank()).toArray();
        Tensor norms = ops.sqrt(ops.add(ops.sum(ops.square(gradient), sampleAxes), ops.constant(NORM_EPSILON)));
        Tensor excess = ops.sub(norms, ops.constant(1));
        if (oneSided) {
            excess = ops.relu(excess);
        }
        return ops.mul(ops.constant(parameters.lambda()), ops.mean(ops.square(excess)));
    }
}
