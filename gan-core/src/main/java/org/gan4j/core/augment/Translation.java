package org.gan4j.core.augment;

import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * DiffAugment's translation policy (Zhao et al. 2020; reference code {@code rand_translation}, ratio 1/8): each image
 * moves by whole pixels, t<sub>h</sub> and t<sub>w</sub> drawn uniformly from the integers in [−r, r] with
 * r = ⌊size · 1/8 + 0.5⌋ for each axis, and the uncovered border is zero:
 * <pre>
 * y[b, i, j, c] = x[b, i + t_h, j + t_w, c]   where that is inside the image, else 0
 * </pre>
 * It is computed as two batched products with one-hot shift matrices, y = S<sub>h</sub> · X · K<sub>w</sub>, where X is
 * the image as a [height, width·channels] matrix, S<sub>h</sub>[i, k] = [k − i = t<sub>h</sub>] and
 * K<sub>w</sub>[(l, c′), (j, c)] = [l − j = t<sub>w</sub>]·[c′ = c]; a row or column shifted in from outside has no
 * one in its matrix and stays zero. The gradient with respect to x is the opposite shift, through the same products.
 */
final class Translation {
    /** The largest shift as a share of the image's side, the reference's. */
    static final double RATIO = 0.125;

    private Translation() {
    }

    /**
     * @param size the image's height or width
     * @return r = ⌊size · {@value #RATIO} + 0.5⌋
     */
    static long maxShift(long size) {
        return (long) (size * RATIO + 0.5);
    }

    /**
     * @param ops the ops
     * @param x images [n, h, w, c], every dimension known
     * @param uHeight draws [n, 1, 1] from U[0, 1) that choose t_h
     * @param uWidth draws [n, 1, 1] from U[0, 1) that choose t_w
     * @return the translated images
     */
    static Tensor apply(Ops ops, Tensor x, Tensor uHeight, Tensor uWidth) {
        long rh = maxShift(x.shape().size(1));
        long rw = maxShift(x.shape().size(2));
        return shift(ops, x, UniformIntegers.of(ops, uHeight, -rh, 2 * rh + 1), UniformIntegers.of(ops, uWidth, -rw, 2 * rw + 1));
    }

    /**
     * @param ops the ops
     * @param x images [n, h, w, c], every dimension known
     * @param tHeight whole-number shifts [n, 1, 1] along the height
     * @param tWidth whole-number shifts [n, 1, 1] along the width
     * @return y[b, i, j, c] = x[b, i + t_h, j + t_w, c], 0 outside
     */
    static Tensor shift(Ops ops, Tensor x, Tensor tHeight, Tensor tWidth) {
        Shape s = x.shape();
        long n = s.size(0);
        int h = Math.toIntExact(s.size(1));
        int w = Math.toIntExact(s.size(2));
        int c = Math.toIntExact(s.size(3));
        float[] rowOffsets = new float[h * h];
        for (int i = 0; i < h; i++) {
            for (int k = 0; k < h; k++) {
                rowOffsets[i * h + k] = k - i;
            }
        }
        int wc = w * c;
        float[] columnOffsets = new float[wc * wc];
        float[] sameChannel = new float[wc * wc];
        for (int row = 0; row < wc; row++) {
            for (int column = 0; column < wc; column++) {
                columnOffsets[row * wc + column] = row / c - column / c;
                sameChannel[row * wc + column] = row % c == column % c ? 1 : 0;
            }
        }
        Tensor rows = oneHot(ops, ops.constant(HostTensor.of(Shape.of(h, h), rowOffsets)), tHeight, x);
        Tensor columns = ops.mul(oneHot(ops, ops.constant(HostTensor.of(Shape.of(wc, wc), columnOffsets)), tWidth, x),
                ops.cast(ops.constant(HostTensor.of(Shape.of(wc, wc), sameChannel)), x.dtype()));
        Tensor shiftedRows = ops.batchMatmul(rows, ops.reshape(x, Shape.of(n, h, wc)));
        return ops.reshape(ops.batchMatmul(shiftedRows, columns), s);
    }

    /** @return [offsets = t] for each sample, in x's type: 1 where an offset equals the sample's shift, else 0 */
    private static Tensor oneHot(Ops ops, Tensor offsets, Tensor t, Tensor x) {
        Tensor distance = ops.abs(ops.sub(offsets, ops.cast(t, offsets.dtype())));
        return ops.cast(ops.sub(ops.constant(1), ops.greater(distance, ops.constant(0.5))), x.dtype());
    }
}
