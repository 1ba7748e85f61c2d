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
 * are checkpointed and a resumed run continues the bias correction exactly. The update itself is
 * {@link Ops#adamUpdate}, which a backend may run as one fused kernel.
 */
final class Adam extends ElementwiseRule {
    private final AdamParameters parameters;

    Adam(AdamParameters parameters) {
        super(parameters.learningRate());
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
        return new Tensor[] {beta1Power, beta2Power};
    }

    @Override
    List<Tensor> apply(Ops ops, Object powers, Tensor eta, Variable theta, Tensor g, List<Variable> slots) {
        Tensor[] betaPowers = (Tensor[]) powers;
        return ops.adamUpdate(theta, slots.get(0), slots.get(1), g, eta, betaPowers[0],
                betaPowers[1], parameters.beta1(), parameters.beta2(), parameters.epsilon());
    }
}
