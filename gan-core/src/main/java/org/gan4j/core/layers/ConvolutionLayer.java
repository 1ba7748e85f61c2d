package org.gan4j.core.layers;

import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * What {@link Conv2D} and {@link ConvTranspose2D} share: y = f(conv(x, K) + b) on NHWC images, K with
 * Glorot-uniform initial values, b zeros, variables {@code <name>_K} and (with a bias) {@code <name>_b} created at
 * the first {@link #apply}.
 */
abstract sealed class ConvolutionLayer implements Layer permits Conv2D, ConvTranspose2D {
    private final String name;
    final ConvolutionSpec spec;
    private Variable kernel;
    private Variable bias;

    ConvolutionLayer(String name, ConvolutionSpec spec) {
        this.name = name;
        this.spec = spec;
    }

    /**
     * @param inputChannels c_in
     * @return the kernel's shape
     */
    abstract Shape kernelShape(long inputChannels);

    /** @return the convolution of x with the kernel, without bias or activation */
    abstract Tensor convolve(Ops ops, Tensor x, Tensor kernel);

    @Override
    public final Tensor apply(Ops ops, Tensor x, Mode mode) {
        if (kernel == null) {
            long channels = x.shape().rank() == 4 ? x.shape().size(3) : Shape.UNKNOWN;
            if (channels == Shape.UNKNOWN) {
                throw new GanException("convolution layer '" + name + "' needs NHWC input with known channels, got "
                        + x.shape());
            }
            kernel = ops.variable(name + "_K", kernelShape(channels), Initializer.glorotUniform(), true);
            bias = spec.bias() ? ops.variable(name + "_b", Shape.of(spec.filters()), Initializer.zeros(), true) : null;
        }
        Tensor y = convolve(ops, x, ops.weight(kernel));
        return spec.activation().apply(ops, bias == null ? y : ops.biasAdd(y, ops.weight(bias)));
    }

    @Override
    public final List<Variable> variables() {
        if (kernel == null) {
            return List.of();
        }
        return bias == null ? List.of(kernel) : List.of(kernel, bias);
    }
}
