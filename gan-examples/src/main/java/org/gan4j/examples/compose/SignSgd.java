package org.gan4j.examples.compose;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * A user's own update rule, signSGD (Bernstein et al., "signSGD: Compressed Optimisation for Non-Convex Problems",
 * ICML 2018): θ ← θ − η·sign(g), with sign(0) = 0. Stateless, so it creates no variables.
 */
public final class SignSgd implements Optimizer {
    private final double learningRate;

    /** @param learningRate η &gt; 0 */
    public SignSgd(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("signSGD: learning rate = " + learningRate
                    + " is invalid; it must be a finite number > 0, for example 0.001");
        }
        this.learningRate = learningRate;
    }

    @Override
    public UpdatePlan update(Ops ops, String player, List<Variable> parameters, List<Tensor> gradients) {
        List<Assignment> writes = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            Tensor g = gradients.get(i);
            Tensor sign = ops.divNoNan(g, ops.abs(g));
            writes.add(new Assignment(parameters.get(i), ops.sub(parameters.get(i), ops.mul(sign, ops.constant(learningRate)))));
        }
        return UpdatePlan.of(writes);
    }
}
