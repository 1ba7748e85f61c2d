package org.gan4j.optimizers.cg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Nonlinear conjugate gradient for one player (Naganuma &amp; Iiduka, AISTATS 2023), run on each parameter
 * tensor θ on its own:
 * <pre>
 * g_t = ∇L(θ_t),  y_t = g_t − g_{t−1}
 * β_t = κ · min(b_t, ½)          (b_t from the {@link CgRule}; 0 where its denominator is 0, or where
 *                                 rounding made it infinite or NaN)
 * d_t = −g_t + β_t · d_{t−1}     (d_0 = −g_0, since g_{−1} = d_{−1} = 0)
 * θ_{t+1} = θ_t + α_t · d_t
 * </pre>
 * g<sub>t−1</sub> and d<sub>t−1</sub> are kept as non-trainable variables {@code <player>_<θ>_cg_grad} and
 * {@code <player>_<θ>_cg_dir}; g<sub>t−1</sub> is a copy written after the step's reads, never a view of the
 * live gradient. Reported per step, over the player's tensors: {@code cg_beta_mean}, {@code cg_capped_share}
 * (b<sub>t</sub> &gt; ½) and {@code cg_reset_share} (β<sub>t</sub> = 0, a restart along −g<sub>t</sub>).
 */
final class NonlinearCg implements Optimizer {
    private final NonlinearCgParameters parameters;

    NonlinearCg(NonlinearCgParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public UpdatePlan update(Ops ops, String player, List<Variable> thetas, List<Tensor> gradients) {
        if (thetas.size() != gradients.size()) {
            throw new GanException("cg-" + parameters.rule().id() + " got " + thetas.size() + " parameters but "
                    + gradients.size() + " gradients for player " + player);
        }
        List<Assignment> writes = new ArrayList<>();
        if (thetas.isEmpty()) {
            return new UpdatePlan(writes, Map.of());
        }
        Tensor alpha = parameters.learningRate().value(ops, player, writes);
        List<Variable> previousGs = new ArrayList<>();
        List<Variable> previousDs = new ArrayList<>();
        for (Variable theta : thetas) {
            previousGs.add(ops.variable(player + "_" + theta.name() + "_cg_grad", theta.shape(), Initializer.zeros(), false));
            previousDs.add(ops.variable(player + "_" + theta.name() + "_cg_dir", theta.shape(), Initializer.zeros(), false));
        }
        // b and β of all tensors are vectors, so the rule costs a few ops per player, not a few per tensor
        CgInnerProducts products = new CgInnerProducts(ops, parameters.rule().uses(), gradients, previousGs, previousDs);
        Tensor raw = parameters.rule().b(ops, products);
        // A denominator that is tiny but not 0 in float arithmetic can make b infinite or NaN: restart then.
        Tensor b = ops.where(ops.greater(ops.constant(Float.MAX_VALUE), ops.abs(raw)), raw, ops.constant(0));
        Tensor half = ops.constant(CgRule.CAP);
        Tensor beta = ops.mul(ops.constant(parameters.kappa()), ops.minimum(b, half));
        List<Tensor> betas = ops.unstack(beta, 0);
        for (int i = 0; i < thetas.size(); i++) {
            Variable theta = thetas.get(i);
            Tensor g = gradients.get(i);
            Tensor d = ops.sub(ops.mul(betas.get(i), previousDs.get(i)), g);
            writes.add(new Assignment(theta, ops.add(theta, ops.mul(alpha, d))));
            writes.add(new Assignment(previousGs.get(i), g));
            writes.add(new Assignment(previousDs.get(i), d));
        }
        Map<String, Tensor> metrics = new LinkedHashMap<>();
        metrics.put("cg_beta_mean", ops.mean(beta));
        metrics.put("cg_capped_share", ops.mean(ops.greater(b, half)));
        metrics.put("cg_reset_share", ops.sub(ops.constant(1), ops.mean(ops.greater(ops.abs(beta), ops.constant(0)))));
        return new UpdatePlan(writes, metrics);
    }
}
