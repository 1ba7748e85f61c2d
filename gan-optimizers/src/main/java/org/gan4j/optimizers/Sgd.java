package org.gan4j.optimizers;

import java.util.List;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * Plain stochastic gradient descent: θ ← θ − η·g (Robbins &amp; Monro 1951).
 */
final class Sgd extends ElementwiseRule {
    private final SgdParameters parameters;

    Sgd(SgdParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    List<String> slotNames() {
        return List.of();
    }

    @Override
    List<Tensor> apply(Ops ops, Object step, Tensor theta, Tensor g, List<Tensor> slots) {
        return List.of(ops.sub(theta, ops.mul(g, ops.constant(parameters.learningRate()))));
    }
}
