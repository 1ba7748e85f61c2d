package org.gan4j.core.augment;

import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/** Hand-made images and fixed draws for the closed-form tests, in float64 so that every expected value is exact. */
final class Images {
    private Images() {
    }

    /**
     * @param ops the ops
     * @param shape [n, h, w, c]
     * @param values the pixels in row-major order
     * @return a FLOAT64 constant
     */
    static Tensor of(Ops ops, Shape shape, double... values) {
        return ops.constant(HostTensor.of(shape, values));
    }

    /**
     * @param ops the ops
     * @param h height
     * @param w width
     * @return one grey image [1, h, w, 1] whose pixel (i, j) is w·i + j
     */
    static Tensor ramp(Ops ops, int h, int w) {
        double[] values = new double[h * w];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        return of(ops, Shape.of(1, h, w, 1), values);
    }

    /**
     * @param ops the ops
     * @param values one value per image
     * @return draws [n, 1, 1] (FLOAT32, as the random ops give them)
     */
    static Tensor perAxis(Ops ops, double... values) {
        return ops.cast(ops.constant(HostTensor.of(Shape.of(values.length, 1, 1), values)), org.gan4j.api.tensor.DType.FLOAT32);
    }

    /**
     * @param ops the ops
     * @param values one value per image
     * @return draws [n, 1, 1, 1] (FLOAT32)
     */
    static Tensor perImage(Ops ops, double... values) {
        return ops.cast(ops.constant(HostTensor.of(Shape.of(values.length, 1, 1, 1), values)), org.gan4j.api.tensor.DType.FLOAT32);
    }
}
