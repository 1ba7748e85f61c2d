package org.gan4j.api.role;

import java.util.Objects;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * What a {@link Regularizer} sees when it adds a penalty to the discriminator's loss.
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
