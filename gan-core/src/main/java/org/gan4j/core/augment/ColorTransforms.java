package org.gan4j.core.augment;

import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * DiffAugment's colour policy (Zhao et al. 2020; reference code {@code rand_brightness}, {@code rand_saturation},
 * {@code rand_contrast}): three transforms applied in this order, each with its own u ~ U[0, 1) per image, on images in
 * [−1, 1] and without clipping, as in the reference:
 * <pre>
 * brightness:  x + (u − 0.5)
 * saturation:  (x − m_c)·2u + m_c      m_c: the mean of each pixel over its channels
 * contrast:    (x − m)·(u + 0.5) + m   m:   the mean of each image over all its values
 * </pre>
 * A grey image (one channel) is its own channel mean, so saturation leaves it as it is.
 */
final class ColorTransforms {
    private ColorTransforms() {
    }

    /**
     * @param ops the ops
     * @param x images [n, h, w, c]
     * @param u draws [n, 1, 1, 1] from U[0, 1)
     * @return x + (u − 0.5)
     */
    static Tensor brightness(Ops ops, Tensor x, Tensor u) {
        return ops.add(x, ops.sub(ops.cast(u, x.dtype()), ops.constant(0.5)));
    }

    /**
     * @param ops the ops
     * @param x images [n, h, w, c]
     * @param u draws [n, 1, 1, 1] from U[0, 1)
     * @return (x − m_c)·2u + m_c
     */
    static Tensor saturation(Ops ops, Tensor x, Tensor u) {
        Shape s = x.shape();
        Tensor mean = ops.reshape(ops.mean(x, 3), Shape.of(s.size(0), s.size(1), s.size(2), 1));
        return ops.add(ops.mul(ops.sub(x, mean), ops.mul(ops.cast(u, x.dtype()), ops.constant(2))), mean);
    }

    /**
     * @param ops the ops
     * @param x images [n, h, w, c]
     * @param u draws [n, 1, 1, 1] from U[0, 1)
     * @return (x − m)·(u + 0.5) + m
     */
    static Tensor contrast(Ops ops, Tensor x, Tensor u) {
        Tensor mean = ops.reshape(ops.mean(x, 1, 2, 3), Shape.of(x.shape().size(0), 1, 1, 1));
        return ops.add(ops.mul(ops.sub(x, mean), ops.add(ops.cast(u, x.dtype()), ops.constant(0.5))), mean);
    }
}
