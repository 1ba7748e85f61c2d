package org.gan4j.api.role;

import java.util.Objects;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * What a {@link Regularizer} sees when it adds a penalty to the discriminator's loss.
 *
 * <p>What a regularizer can rely on:
 * <ul>
 *   <li>{@code real} and {@code fake} have the same shape [n, sampleShape...], and sample i of {@code fake} is the
 *       counterpart of sample i of {@code real} (pairs are by position; neither batch is in any particular order);</li>
 *   <li>n is a multiple of m = {@code discriminator().groupSize()}, and {@code discriminator().score} maps a batch of
 *       n' samples (n' a multiple of m) to [n'/m, 1], score k judging samples k·m to k·m + m − 1 together
 *       (PacGAN packing; m = 1 when the discriminator scores samples one by one);</li>
 *   <li>so a batch built sample by sample from {@code real} and {@code fake}, such as WGAN-GP's interpolates
 *       ε<sub>i</sub>·x<sub>i</sub> + (1 − ε<sub>i</sub>)·x̃<sub>i</sub>, can be scored as is; the gradient of the
 *       sum of its scores with respect to it gives each sample the gradient of its own group's score.</li>
 * </ul>
 *
 * @param ops the backend's ops
 * @param real the real batch
 * @param fake the generated batch, same shape as {@code real}
 * @param discriminator the discriminator, to score other points (for example interpolates); prefer {@link #score}
 * @param condition the batch's condition (class labels), which real and generated samples share; none when the
 *     batch has none
 * @since 0.1
 */
@Stable
public record RegularizerInputs(Ops ops, Tensor real, Tensor fake, Discriminator discriminator, Condition condition) {
    /** Checks that every part is present. */
    public RegularizerInputs {
        Objects.requireNonNull(ops, "ops");
        Objects.requireNonNull(real, "real");
        Objects.requireNonNull(fake, "fake");
        Objects.requireNonNull(discriminator, "discriminator");
        Objects.requireNonNull(condition, "condition");
    }

    /**
     * Inputs of an unconditional batch.
     *
     * @param ops the backend's ops
     * @param real the real batch
     * @param fake the generated batch, same shape as {@code real}
     * @param discriminator the discriminator
     */
    public RegularizerInputs(Ops ops, Tensor real, Tensor fake, Discriminator discriminator) {
        this(ops, real, fake, discriminator, Condition.none());
    }

    /**
     * Scores other points as the training step scores the batch: the discriminator in training mode, with the batch's
     * condition.
     *
     * @param samples points of the batch's shape, such as interpolates between real and generated samples
     * @return their scores
     */
    public Tensor score(Tensor samples) {
        return discriminator.score(ops, samples, condition, Mode.TRAINING);
    }
}
