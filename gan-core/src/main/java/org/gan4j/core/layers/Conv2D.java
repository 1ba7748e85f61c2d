package org.gan4j.core.layers;

import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * A 2-D convolution layer y = f(conv(x, K) + b) ({@link Ops#conv2d}), K of shape [k, k, c_in, filters] (HWIO);
 * variables as in {@link ConvolutionLayer}.
 */
public final class Conv2D extends ConvolutionLayer {
    /**
     * @param name the prefix of the variables' names
     * @param spec filters, kernel size, stride, padding, bias and activation
     */
    public Conv2D(String name, ConvolutionSpec spec) {
        super(name, spec);
    }

    @Override
    Shape kernelShape(long inputChannels) {
        return Shape.of(spec.kernelSize(), spec.kernelSize(), inputChannels, spec.filters());
    }

    @Override
    Tensor convolve(Ops ops, Tensor x, Tensor kernel) {
        return ops.conv2d(x, kernel, spec.stride(), spec.padding());
    }
}
