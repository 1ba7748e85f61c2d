package org.gan4j.api.role;

import java.util.Objects;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Tensor;

/**
 * What a {@link WeightTransform} returns.
 *
 * @param value the weight to use in place of the variable, same shape
 * @param trainingUpdate the writes of the transform's own state at each discriminator training step (for
 *     example the power-iteration vector), and the scalars it reports
 * @since 0.1
 */
@Stable
public record TransformedWeight(Tensor value, UpdatePlan trainingUpdate) {
    /** Checks that both parts are present. */
    public TransformedWeight {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(trainingUpdate, "trainingUpdate");
    }
}
