package org.gan4j.losses.regularizers;

import java.util.List;
import java.util.stream.IntStream;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.RegularizerInputs;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * The R1 penalty (Mescheder, Geiger &amp; Nowozin, "Which Training Methods for GANs do actually Converge?", ICML 2018,
 * eq. 9), the gradient penalty of StyleGAN and most image GANs since, on real samples only:
 * <pre>
 * R1 = γ/2 · E_x ‖∇_x D(x)‖₂²
 * </pre>
 * The squared norm is taken per sample over all its dimensions and averaged over the real batch; the generated batch
 * is not read. With PacGAN packing each sample gets the gradient of its own group's score, so the penalty is the mean
 * over samples, not over groups (the packed input's squared norm divided by the group size), and γ keeps its meaning
 * whatever the packing.
 *
 * <p>Lazy regularization (Karras et al., "Analyzing and Improving the Image Quality of StyleGAN", CVPR 2020, §3.1):
 * with {@code every} = k &gt; 1 the trainer adds k · R1 on one discriminator update in k and computes nothing of it on
 * the others ({@link #penaltyInterval()}); this method always returns R1 itself.
 *
 * <p>Differentiating the penalty differentiates a gradient: the backend needs second-order gradients for the ops of
 * the discriminator.
 */
final class R1Penalty implements Regularizer {
    private final R1PenaltyParameters parameters;

    R1Penalty(R1PenaltyParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public Tensor penalty(RegularizerInputs in) {
        Ops ops = in.ops();
        Tensor real = in.real();
        Tensor gradient = ops.gradients(ops.sum(in.score(real)), List.of(real)).get(0);
        int[] sampleAxes = IntStream.range(1, real.shape().rank()).toArray();
        Tensor squaredNorms = ops.sum(ops.square(gradient), sampleAxes);
        return ops.mul(ops.constant(parameters.gamma() / 2), ops.mean(squaredNorms));
    }

    @Override
    public int penaltyInterval() {
        return parameters.every();
    }
}
