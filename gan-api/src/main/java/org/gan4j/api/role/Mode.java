package org.gan4j.api.role;

import org.gan4j.api.Stable;

/**
 * Whether a network is traced for a training step or for use: layers such as batch normalization and dropout
 * behave differently in the two.
 *
 * @since 0.1
 */
@Stable
public enum Mode {
    /** Batch statistics, dropout active, running statistics updated by the training step. */
    TRAINING,
    /** Running statistics, no dropout, no state changed: what sampling, evaluation and export use. */
    INFERENCE
}
