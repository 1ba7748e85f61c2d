package org.gan4j.optimizers;

import java.util.List;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * RMSProp (Tieleman &amp; Hinton 2012, lecture 6.5), in Keras' form:
 * <pre>
 * s ← ρ·s + (1 − ρ)·g²
 * θ ← θ − η·g / (√s + ε)
 * </pre>
 * s starts at 0.
 */
final class RmsProp extends ElementwiseRule {
    private final RmsPropParameters parameters;

    RmsProp(RmsPropParameters parameters) {
        super(parameters.learningRate());
        this.parameters = parameters;
    }

    @Override
    List<String> slotNames() {
        return List.of("mean_square");
    }

    @Override
    List<Tensor> apply(Ops ops, Object step, Tensor eta, Variable theta, Tensor g, List<Variable> slots) {
        double rho = parameters.rho();
        Tensor s = ops.add(ops.mul(slots.get(0), ops.constant(rho)), ops.mul(ops.square(g), ops.constant(1 - rho)));
        Tensor denominator = ops.add(ops.sqrt(s), ops.constant(parameters.epsilon()));
        Tensor delta = ops.div(ops.mul(g, eta), denominator);
        return List.of(ops.sub(theta, delta), s);
    }
}
