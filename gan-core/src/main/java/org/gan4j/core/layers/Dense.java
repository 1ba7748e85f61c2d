package org.gan4j.core.layers;

import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * A fully connected layer y = f(x·W + b), W of shape [in, out] with Glorot-uniform initial values, b zeros.
 * The variables {@code <name>_W} and {@code <name>_b} are created at the first {@link #apply} and shared after.
 */
public final class Dense {
    private final String name;
    private final int outputs;
    private final Activation activation;
    private Variable weights;
    private Variable bias;

    /**
     * @param name the prefix of the variables' names
     * @param outputs the number of output units
     * @param activation f
     */
    public Dense(String name, int outputs, Activation activation) {
        if (outputs < 1) {
            throw new GanException("dense layer '" + name + "' needs at least 1 output unit, got " + outputs);
        }
        this.name = name;
        this.outputs = outputs;
        this.activation = activation;
    }

    /**
     * @param ops the ops
     * @param x the input [batch, in]
     * @return f(x·W + b), [batch, out]
     */
    public Tensor apply(Ops ops, Tensor x) {
        if (weights == null) {
            long inputs = x.shape().size(-1);
            if (x.shape().rank() != 2 || inputs == Shape.UNKNOWN) {
                throw new GanException("dense layer '" + name + "' needs input [batch, features] with known features, got "
                        + x.shape());
            }
            weights = ops.variable(name + "_W", Shape.of(inputs, outputs), Initializer.glorotUniform(), true);
            bias = ops.variable(name + "_b", Shape.of(outputs), Initializer.zeros(), true);
        }
        return activation.apply(ops, ops.biasAdd(ops.matmul(x, weights), bias));
    }

    /** @return W and b, or nothing before the first {@link #apply} */
    public List<Variable> variables() {
        return weights == null ? List.of() : List.of(weights, bias);
    }
}
