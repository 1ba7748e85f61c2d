package org.gan4j.optimizers;

import java.util.List;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Heavy-ball momentum (Polyak 1964), in the form of TensorFlow's and PyTorch's SGD with momentum:
 * <pre>
 * v ← μ·v + g
 * θ ← θ − η·v
 * </pre>
 * v starts at 0.
 */
final class Momentum extends ElementwiseRule {
    private final MomentumParameters parameters;

    Momentum(MomentumParameters parameters) {
        super(parameters.learningRate());
        this.parameters = parameters;
    }

    @Override
    List<String> slotNames() {
        return List.of("velocity");
    }

    @Override
    List<Tensor> apply(Ops ops, Object step, Tensor eta, Variable theta, Tensor g, List<Variable> slots) {
        Tensor v = ops.add(ops.mul(slots.get(0), ops.constant(parameters.momentum())), g);
        return List.of(ops.sub(theta, ops.mul(v, eta)), v);
    }
}
