package org.gan4j.api.role;

import java.util.Optional;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * Constrains the discriminator, composable with any {@link Loss}: by a penalty added to L_D (gradient
 * penalty), on every update or on one in k ({@link #penaltyInterval}), by a transform of its update (weight
 * clipping), by a transform of its weights (spectral normalization), or by several of these.
 *
 * <p>Every method has a neutral default, so an implementation overrides only what it does.
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
     * How often the trainer adds {@link #penalty}: lazy regularization (Karras et al., "Analyzing and Improving the
     * Image Quality of StyleGAN", CVPR 2020, §3.1). With k &gt; 1 the trainer adds k · penalty to L<sub>D</sub> on
     * one discriminator update in k, so that the penalty keeps its overall strength, and leaves it out of the others,
     * where none of it is computed. Discriminator updates are counted from 0 over the whole run (a resumed run counts
     * on from its checkpoint); update r adds the penalty when r mod k = 0, so the first one does. The value stays the
     * same for the regularizer's lifetime.
     *
     * @return k, at least 1; the default, 1, adds the penalty (unscaled) to every update
     * @since 0.1
     */
    default int penaltyInterval() {
        return 1;
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
