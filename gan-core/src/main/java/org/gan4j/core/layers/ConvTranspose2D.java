package org.gan4j.core.layers;

import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * A 2-D transposed convolution layer y = f(convᵀ(x, K) + b) ({@link Ops#conv2dTranspose}), K of shape
 * [k, k, filters, c_in]; with stride s and SAME padding the image grows s times. Variables as in
 * {@link ConvolutionLayer}.
 */
public final class ConvTranspose2D extends ConvolutionLayer {
    /**
     * @param name the prefix of the variables' names
     * @param spec filters, kernel size, stride, padding, bias and activation
     */
    public ConvTranspose2D(String name, ConvolutionSpec spec) {
        super(name, spec);
    }

    @Override
    Shape kernelShape(long inputChannels) {
        return Shape.of(spec.kernelSize(), spec.kernelSize(), spec.filters(), inputChannels);
    }

    @Override
    Tensor convolve(Ops ops, Tensor x, Tensor kernel) {
        return ops.conv2dTranspose(x, kernel, spec.stride(), spec.padding());
    }
}
