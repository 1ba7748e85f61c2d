package org.gan4j.core.layers;

import org.gan4j.api.GanException;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * Nearest-neighbour 2× upsampling of NHWC images: y[n, i, j, c] = x[n, ⌊i/2⌋, ⌊j/2⌋, c], so [n, h, w, c] becomes
 * [n, 2h, 2w, c] and each pixel a 2 × 2 block of copies (Chainer's {@code unpooling_2d(x, 2)}, the generator blocks of
 * Miyato et al.'s SNGAN). Composed of basic ops: x is viewed as [n, h, 1, w, 1, c], multiplied by ones
 * [1, 1, 2, 1, 2, 1] (broadcast) and viewed as [n, 2h, 2w, c]; the gradient sums each 2 × 2 block, and it can be
 * differentiated again. It has no variables.
 */
public final class Upsample2x implements Layer {
    /** Creates the layer; it has no settings and no state. */
    public Upsample2x() {
        // nothing to set up
    }

    @Override
    public Tensor apply(Ops ops, Tensor x, Mode mode) {
        Shape s = x.shape();
        if (s.rank() != 4 || s.size(1) == Shape.UNKNOWN || s.size(2) == Shape.UNKNOWN || s.size(3) == Shape.UNKNOWN) {
            throw new GanException("2× upsampling needs NHWC images with known height, width and channels, got " + s);
        }
        long n = s.size(0);
        long h = s.size(1);
        long w = s.size(2);
        long c = s.size(3);
        Tensor spread = ops.reshape(x, Shape.of(n, h, 1, w, 1, c));
        Tensor copies = ops.mul(spread, ops.constant(HostTensor.filled(Shape.of(1, 1, 2, 1, 2, 1), 1f)));
        return ops.reshape(copies, Shape.of(n, 2 * h, 2 * w, c));
    }
}
