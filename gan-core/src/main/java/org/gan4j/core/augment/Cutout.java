package org.gan4j.core.augment;

import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * DiffAugment's cutout policy (Zhao et al. 2020; reference code {@code rand_cutout}, ratio 1/2): each image loses a
 * rectangle of side s = ⌊size · 1/2 + 0.5⌋ for each axis (a square for square images), set to 0 in every channel. Its
 * centre o is drawn uniformly from the integers 0, …, size − (s mod 2), and the rows o − ⌊s/2⌋ to o − ⌊s/2⌋ + s − 1
 * (and likewise the columns) are cut, as far as they lie inside the image:
 * <pre>
 * y = x · mask,   mask[b, i, j] = 0 where row i and column j are both cut, else 1
 * </pre>
 * The gradient with respect to x is the mask.
 */
final class Cutout {
    /** The side of the cut as a share of the image's side, the reference's. */
    static final double RATIO = 0.5;

    private Cutout() {
    }

    /**
     * @param size the image's height or width
     * @return s = ⌊size · {@value #RATIO} + 0.5⌋
     */
    static long side(long size) {
        return (long) (size * RATIO + 0.5);
    }

    /**
     * @param ops the ops
     * @param x images [n, h, w, c], every dimension known
     * @param uHeight draws [n, 1, 1] from U[0, 1) that choose the centre's row
     * @param uWidth draws [n, 1, 1] from U[0, 1) that choose the centre's column
     * @return the images with their cut set to 0
     */
    static Tensor apply(Ops ops, Tensor x, Tensor uHeight, Tensor uWidth) {
        long h = x.shape().size(1);
        long w = x.shape().size(2);
        return cut(ops, x, UniformIntegers.of(ops, uHeight, 0, h + 1 - side(h) % 2),
                UniformIntegers.of(ops, uWidth, 0, w + 1 - side(w) % 2));
    }

    /**
     * @param ops the ops
     * @param x images [n, h, w, c], every dimension known
     * @param rowCentre whole numbers [n, 1, 1]: o for the rows
     * @param columnCentre whole numbers [n, 1, 1]: o for the columns
     * @return x with rows o − ⌊s/2⌋ … o − ⌊s/2⌋ + s − 1 × the same for columns set to 0
     */
    static Tensor cut(Ops ops, Tensor x, Tensor rowCentre, Tensor columnCentre) {
        Shape s = x.shape();
        int h = Math.toIntExact(s.size(1));
        int w = Math.toIntExact(s.size(2));
        Tensor rows = inside(ops, ops.constant(HostTensor.of(Shape.of(h, 1), positions(h))), rowCentre, side(h));
        Tensor columns = inside(ops, ops.constant(HostTensor.of(Shape.of(1, w), positions(w))), columnCentre, side(w));
        Tensor mask = ops.sub(ops.constant(1), ops.mul(rows, columns));
        return ops.mul(x, ops.cast(ops.reshape(mask, Shape.of(s.size(0), h, w, 1)), x.dtype()));
    }

    private static float[] positions(int size) {
        float[] p = new float[size];
        for (int i = 0; i < size; i++) {
            p[i] = i;
        }
        return p;
    }

    /** @return 1 where a position p has 0 ≤ p − (o − ⌊s/2⌋) ≤ s − 1, else 0 */
    private static Tensor inside(Ops ops, Tensor positions, Tensor centre, long side) {
        Tensor start = ops.sub(ops.cast(centre, positions.dtype()), ops.constant(side / 2));
        Tensor offset = ops.sub(positions, start);
        return ops.mul(ops.greater(offset, ops.constant(-0.5)), ops.greater(ops.constant(side - 0.5), offset));
    }
}
