package org.gan4j.api.tensor;

import org.gan4j.api.Stable;

/**
 * How a convolution treats the border, with TensorFlow's (and Keras') meaning.
 *
 * @since 0.1
 */
@Stable
public enum Padding {
    /**
     * Zero-pads so that the output has ⌈in / stride⌉ positions per spatial dimension (for a transposed
     * convolution: in · stride); the padding is split with the extra element, if any, after.
     */
    SAME,
    /** No padding: ⌊(in − k) / stride⌋ + 1 positions (for a transposed convolution: (in − 1) · stride + k). */
    VALID
}
