package org.gan4j.core.augment;

import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/** Whole numbers drawn uniformly from uniform draws, as the reference code's {@code randint} does. */
final class UniformIntegers {
    private UniformIntegers() {
    }

    /**
     * @param ops the ops
     * @param u draws from U[0, 1)
     * @param low the smallest value
     * @param count how many values there are, at least 1
     * @return low + ⌊u·count⌋ elementwise, one of low, …, low + count − 1 (the minimum guards against u·count rounding
     *     up to count in float32)
     */
    static Tensor of(Ops ops, Tensor u, long low, long count) {
        Tensor index = ops.minimum(ops.floor(ops.mul(u, ops.constant(count))), ops.constant(count - 1));
        return ops.add(index, ops.constant(low));
    }
}
