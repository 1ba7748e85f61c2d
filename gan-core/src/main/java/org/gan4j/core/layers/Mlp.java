package org.gan4j.core.layers;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/** A stack of {@link Dense} layers: {@code depth} hidden layers of {@code width} units, then a linear-or-not output. */
public final class Mlp {
    private final Sequential layers;

    /**
     * @param name the prefix of every variable
     * @param width units per hidden layer
     * @param depth number of hidden layers, 0 or more
     * @param hidden the hidden activation
     * @param outputs units of the output layer
     * @param output the output activation
     */
    public Mlp(String name, int width, int depth, Activation hidden, int outputs, Activation output) {
        List<Layer> dense = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            dense.add(new Dense(name + "_dense" + i, width, hidden));
        }
        dense.add(new Dense(name + "_out", outputs, output));
        layers = new Sequential(dense);
    }

    /**
     * @param ops the ops
     * @param x the input [batch, features]
     * @return the output [batch, outputs]
     */
    public Tensor apply(Ops ops, Tensor x) {
        return layers.apply(ops, x, Mode.TRAINING); // dense layers compute the same in either mode
    }

    /** @return every layer's variables, input to output */
    public List<Variable> variables() {
        return layers.variables();
    }
}
