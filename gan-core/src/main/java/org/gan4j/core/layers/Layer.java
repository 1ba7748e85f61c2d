package org.gan4j.core.layers;

import java.util.List;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * One step of a network. A layer creates its variables at its first {@link #apply} and shares them after, so
 * applying it to the real, the generated and the interpolated batch uses one set of weights.
 */
@FunctionalInterface
public interface Layer {
    /**
     * @param ops the ops
     * @param x the input, batch first
     * @param mode training or inference (batch normalization and dropout differ)
     * @return the output, batch first
     */
    Tensor apply(Ops ops, Tensor x, Mode mode);

    /** @return the trainable variables, in a fixed order; empty before the first {@link #apply} and for layers without any */
    default List<Variable> variables() {
        return List.of();
    }

    /** @return the state writes of the latest {@link Mode#TRAINING} pass (running statistics), empty by default */
    default List<Assignment> trainingUpdates() {
        return List.of();
    }

    /**
     * @param alpha the slope for x &lt; 0, in [0, 1)
     * @return x if x ≥ 0 else alpha·x
     */
    static Layer leakyRelu(double alpha) {
        return (ops, x, mode) -> ops.leakyRelu(x, alpha);
    }

    /** @return tanh x */
    static Layer tanh() {
        return (ops, x, mode) -> ops.tanh(x);
    }

    /**
     * @param sampleShape the shape of one sample after the layer
     * @return x reshaped to [batch, sampleShape...], the elements in row-major order
     */
    static Layer reshape(Shape sampleShape) {
        return (ops, x, mode) -> ops.reshape(x, sampleShape.prepend(x.shape().size(0)));
    }

    /** @return x reshaped to [batch, features] */
    static Layer flatten() {
        return (ops, x, mode) -> {
            Shape sample = Shape.of(java.util.Arrays.copyOfRange(x.shape().dims(), 1, x.shape().rank()));
            if (!sample.isFullyDefined()) {
                throw new org.gan4j.api.GanException("flatten needs known sizes after the batch dimension, got " + x.shape());
            }
            return ops.reshape(x, Shape.of(x.shape().size(0), sample.numElements()));
        };
    }

    /** @return x [n, h, w, c] averaged over its height and width, [n, c] (global average pooling) */
    static Layer globalAveragePool() {
        return (ops, x, mode) -> ops.mean(x, 1, 2);
    }

    /**
     * @return x [n, h, w, c] summed over its height and width, [n, c] (global sum pooling, as the discriminators of
     *     Miyato et al.'s SNGAN end)
     */
    static Layer globalSumPool() {
        return (ops, x, mode) -> ops.sum(x, 1, 2);
    }

    /** @return max(x, 0) */
    static Layer relu() {
        return (ops, x, mode) -> ops.relu(x);
    }
}
