package org.gan4j.api.tensor;

import org.gan4j.api.Stable;

/**
 * A persistent, named tensor: a model weight or a piece of optimizer or regularizer state.
 *
 * <p>As a {@link Tensor} it stands for the variable's value as read at the start of a step. It changes only
 * through {@link Assignment}s that a compiled step applies after every read of that step (see
 * {@link org.gan4j.api.spi.Computation#compile}). Variables are saved in checkpoints.
 *
 * @since 0.1
 */
@Stable
public interface Variable extends Tensor {
    /** @return the unique name of this variable within its computation */
    String name();

    /** @return whether gradients are taken with respect to it (weights), or not (optimizer state) */
    boolean trainable();
}
