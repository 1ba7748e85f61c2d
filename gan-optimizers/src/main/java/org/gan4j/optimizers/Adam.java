package org.gan4j.optimizers;

import java.util.List;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Adam (Kingma &amp; Ba, ICLR 2015, Algorithm 1, with the efficient ordering of §2), at step t = 1, 2, ...:
 * <pre>
 * m ← β1·m + (1 − β1)·g
 * v ← β2·v + (1 − β2)·g²
 * θ ← θ − η·√(1 − β2^t)/(1 − β1^t) · m / (√v + ε)
 * </pre>
 * m and v start at 0. β1^t and β2^t are kept as per-player state variables (starting at β1 and β2), so they
 * are checkpointed and a resumed run continues the bias correction exactly.
 */
final class Adam extends ElementwiseRule {
    private final AdamParameters parameters;

    Adam(AdamParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    List<String> slotNames() {
        return List.of("m", "v");
    }

    @Override
    Object prepareStep(Ops ops, String player, List<Assignment> writes) {
        double b1 = parameters.beta1();
        double b2 = parameters.beta2();
        Variable beta1Power = ops.variable(player + "_adam_beta1_power", Shape.scalar(), Initializer.constant((float) b1), false);
        Variable beta2Power = ops.variable(player + "_adam_beta2_power", Shape.scalar(), Initializer.constant((float) b2), false);
        writes.add(new Assignment(beta1Power, ops.mul(beta1Power, ops.constant(b1))));
        writes.add(new Assignment(beta2Power, ops.mul(beta2Power, ops.constant(b2))));
        Tensor correction = ops.div(ops.sqrt(ops.sub(ops.constant(1), beta2Power)), ops.sub(ops.constant(1), beta1Power));
        return ops.mul(correction, ops.constant(parameters.learningRate()));
    }

    @Override
    List<Tensor> apply(Ops ops, Object stepSize, Tensor theta, Tensor g, List<Tensor> slots) {
        double b1 = parameters.beta1();
        double b2 = parameters.beta2();
        Tensor m = ops.add(ops.mul(slots.get(0), ops.constant(b1)), ops.mul(g, ops.constant(1 - b1)));
        Tensor v = ops.add(ops.mul(slots.get(1), ops.constant(b2)), ops.mul(ops.square(g), ops.constant(1 - b2)));
        Tensor direction = ops.div(m, ops.add(ops.sqrt(v), ops.constant(parameters.epsilon())));
        return List.of(ops.sub(theta, ops.mul(direction, (Tensor) stepSize)), m, v);
    }
}
