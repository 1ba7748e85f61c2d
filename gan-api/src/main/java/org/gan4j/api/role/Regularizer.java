package org.gan4j.api.role;

import java.util.Optional;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * Constrains the discriminator, composable with any {@link Loss}: by a penalty added to L_D (gradient
 * penalty), by a transform of its update (weight clipping), by a transform of its weights (spectral
 * normalization), or by several of these.
 *
 * <p>Both methods have neutral defaults, so an implementation overrides only what it does.
 *
 * @since 0.1
 */
@Stable
public interface Regularizer {
    /**
     * @param in the batches and the discriminator
     * @return a scalar added to L_D; the default is 0
     */
    default Tensor penalty(RegularizerInputs in) {
        return in.ops().constant(0.0);
    }

    /**
     * Transforms the discriminator's update before it is applied, for example to clip every weight.
     *
     * @param ops the backend's ops
     * @param update the update the optimizer computed
     * @return the update to apply; the default returns {@code update} unchanged
     */
    default UpdatePlan constrain(Ops ops, UpdatePlan update) {
        return update;
    }

    /**
     * @return a transform of every discriminator weight matrix (spectral normalization), or empty; the default
     *     is empty. At most one regularizer of a GAN may have one.
     */
    default Optional<WeightTransform> weightTransform() {
        return Optional.empty();
    }
}
