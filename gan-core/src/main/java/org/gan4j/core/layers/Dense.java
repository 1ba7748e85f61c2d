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
 * A fully connected layer y = f(x·W + b), W of shape [in, out] with Glorot-uniform initial values, b zeros.
 * The variables {@code <name>_W} and {@code <name>_b} are created at the first {@link #apply} and shared after;
 * a layer made {@link #withoutBias} (as before batch normalization, which has its own offset) has no b.
 */
public final class Dense implements Layer {
    private final String name;
    private final int outputs;
    private final Activation activation;
    private final boolean useBias;
    private Variable weights;
    private Variable bias;

    /**
     * @param name the prefix of the variables' names
     * @param outputs the number of output units
     * @param activation f
     */
    public Dense(String name, int outputs, Activation activation) {
        this(name, outputs, activation, true);
    }

    private Dense(String name, int outputs, Activation activation, boolean useBias) {
        if (outputs < 1) {
            throw new GanException("dense layer '" + name + "' needs at least 1 output unit, got " + outputs);
        }
        this.name = name;
        this.outputs = outputs;
        this.activation = activation;
        this.useBias = useBias;
    }

    /**
     * @param name the prefix of the variables' names
     * @param outputs the number of output units
     * @return y = x·W, linear and without bias
     */
    public static Dense withoutBias(String name, int outputs) {
        return new Dense(name, outputs, Activation.LINEAR, false);
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
            bias = useBias ? ops.variable(name + "_b", Shape.of(outputs), Initializer.zeros(), true) : null;
        }
        Tensor y = ops.matmul(x, ops.weight(weights));
        return activation.apply(ops, bias == null ? y : ops.biasAdd(y, ops.weight(bias)));
    }

    @Override
    public Tensor apply(Ops ops, Tensor x, Mode mode) {
        return apply(ops, x);
    }

    /** @return W and b, or nothing before the first {@link #apply} */
    @Override
    public List<Variable> variables() {
        if (weights == null) {
            return List.of();
        }
        return bias == null ? List.of(weights) : List.of(weights, bias);
    }
}
