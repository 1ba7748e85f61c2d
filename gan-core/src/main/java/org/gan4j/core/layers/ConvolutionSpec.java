package org.gan4j.core.layers;

import org.gan4j.api.GanException;
import org.gan4j.api.tensor.Padding;

/**
 * What a convolution layer computes, with the names Keras uses.
 *
 * @param filters output channels, ≥ 1
 * @param kernelSize k of the square k × k kernel, ≥ 1
 * @param stride the step, ≥ 1
 * @param padding SAME or VALID
 * @param bias whether a bias is added (no bias before batch normalization, which has its own offset)
 * @param activation applied last
 */
public record ConvolutionSpec(int filters, int kernelSize, int stride, Padding padding, boolean bias,
        Activation activation) {
    /** Validates. */
    public ConvolutionSpec {
        if (filters < 1 || kernelSize < 1 || stride < 1) {
            throw new GanException("a convolution needs filters, kernel size and stride >= 1, got filters " + filters
                    + ", kernel " + kernelSize + ", stride " + stride);
        }
    }

    /**
     * @param filters output channels
     * @param kernelSize k
     * @param stride the step
     * @return SAME padding, no bias, linear: the form used before batch normalization
     */
    public static ConvolutionSpec same(int filters, int kernelSize, int stride) {
        return new ConvolutionSpec(filters, kernelSize, stride, Padding.SAME, false, Activation.LINEAR);
    }

    /** @return this with a bias */
    public ConvolutionSpec withBias() {
        return new ConvolutionSpec(filters, kernelSize, stride, padding, true, activation);
    }

    /**
     * @param f the activation
     * @return this followed by f
     */
    public ConvolutionSpec then(Activation f) {
        return new ConvolutionSpec(filters, kernelSize, stride, padding, bias, f);
    }
}
