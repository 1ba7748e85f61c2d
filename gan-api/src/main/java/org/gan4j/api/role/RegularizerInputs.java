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
 * @param discriminator the discriminator, to score other points (for example interpolates)
 * @since 0.1
 */
@Stable
public record RegularizerInputs(Ops ops, Tensor real, Tensor fake, Discriminator discriminator) {
    /** Checks that every part is present. */
    public RegularizerInputs {
        Objects.requireNonNull(ops, "ops");
        Objects.requireNonNull(real, "real");
        Objects.requireNonNull(fake, "fake");
        Objects.requireNonNull(discriminator, "discriminator");
    }
}
