package org.gan4j.optimizers;

import java.util.List;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Plain stochastic gradient descent: θ ← θ − η·g (Robbins &amp; Monro 1951).
 */
final class Sgd extends ElementwiseRule {
    private final SgdParameters parameters;

    Sgd(SgdParameters parameters) {
        super(parameters.learningRate());
        this.parameters = parameters;
    }

    @Override
    List<String> slotNames() {
        return List.of();
    }

    @Override
    List<Tensor> apply(Ops ops, Object step, Tensor eta, Variable theta, Tensor g, List<Variable> slots) {
        return List.of(ops.sub(theta, ops.mul(g, eta)));
    }
}
