package org.gan4j.core.layers;

import org.gan4j.api.GanException;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * 2 × 2 average pooling with stride 2 of NHWC images with even height and width:
 * y[n, i, j, c] = ¼ Σ_{p, q ∈ {0, 1}} x[n, 2i + p, 2j + q, c], so [n, h, w, c] becomes [n, h/2, w/2, c] (Chainer's
 * {@code average_pooling_2d(x, 2)}, the discriminator blocks of Miyato et al.'s SNGAN). Composed of basic ops: x is
 * viewed as [n, h/2, 2, w/2, 2, c] and averaged over axes 2 and 4; it can be differentiated twice. It has no
 * variables.
 */
public final class AveragePool2x implements Layer {
    /** Creates the layer; it has no settings and no state. */
    public AveragePool2x() {
        // nothing to set up
    }

    @Override
    public Tensor apply(Ops ops, Tensor x, Mode mode) {
        Shape s = x.shape();
        if (s.rank() != 4 || s.size(1) == Shape.UNKNOWN || s.size(2) == Shape.UNKNOWN || s.size(3) == Shape.UNKNOWN
                || s.size(1) % 2 != 0 || s.size(2) % 2 != 0) {
            throw new GanException("2 × 2 average pooling needs NHWC images with known channels and an even, known "
                    + "height and width, got " + s);
        }
        Tensor blocks = ops.reshape(x, Shape.of(s.size(0), s.size(1) / 2, 2, s.size(2) / 2, 2, s.size(3)));
        return ops.mean(blocks, 2, 4);
    }
}
