package org.gan4j.api.role;

import java.util.List;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Scores samples: a logit for classifying losses, a critic value for Wasserstein losses.
 *
 * <p>The first call of {@link #score} creates the variables; later calls share them, so real, generated
 * and interpolated batches are scored by one network.
 *
 * @since 0.1
 */
@Stable
public interface Discriminator {
    /**
     * @param ops the backend's ops
     * @param samples a batch [batch, sampleShape...]
     * @return one score per scored unit, [n, 1]; n is the batch size unless the discriminator groups samples
     */
    Tensor score(Ops ops, Tensor samples);

    /** @return the trainable variables, in a fixed order; empty before the first {@link #score} */
    List<Variable> variables();
}
