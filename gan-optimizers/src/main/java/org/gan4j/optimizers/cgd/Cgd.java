package org.gan4j.optimizers.cgd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.api.role.Game;
import org.gan4j.api.role.JointOptimizer;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Competitive gradient descent for the zero-sum game min_x max_y f (Schäfer &amp; Anandkumar, NeurIPS 2019,
 * eq. 4 in the zero-sum form):
 * <pre>
 * Δx = −η (I + η² D_xy D_yx)⁻¹ (∇_x f + η D_xy ∇_y f)
 * Δy = +η (∇_y f + D_yx Δx)
 * </pre>
 * The system is solved for w = (I + η² D_xy D_yx)⁻¹(…) by {@link LinearConjugateGradient}, warm-started from
 * the previous step's w (variables {@code cgd_w_<x>}); Δx = −η w. Reported: {@code cg_iterations},
 * {@code cg_residual} (relative) and {@code cg_capped} (1 when the iteration cap stopped the solver).
 */
final class Cgd implements JointOptimizer {
    private final CgdParameters parameters;

    Cgd(CgdParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public List<UpdatePlan> update(Ops ops, Game game) {
        MixedHessian h = new MixedHessian(ops, game);
        Tensor eta = ops.constant(parameters.learningRate());
        Tensor etaSquared = ops.constant(parameters.learningRate() * parameters.learningRate());
        List<Variable> warm = warmStart(ops, "cgd_w_", game.minimizer());
        List<Tensor> b = Vectors.add(ops, h.gradientX(), Vectors.scale(ops, eta, h.dxy(h.gradientY())));
        LinearConjugateGradient.Result solved = parameters.solver().build().solve(ops,
                w -> Vectors.add(ops, w, Vectors.scale(ops, etaSquared, h.dxy(h.dyx(w)))), b, warm);
        List<Tensor> dx = Vectors.scale(ops, ops.neg(eta), solved.solution());
        List<Tensor> dy = Vectors.scale(ops, eta, Vectors.add(ops, h.gradientY(), h.dyx(dx)));
        List<Assignment> writes = new ArrayList<>();
        move(ops, game.minimizer(), dx, writes);
        move(ops, game.maximizer(), dy, writes);
        for (int i = 0; i < warm.size(); i++) {
            writes.add(new Assignment(warm.get(i), solved.solution().get(i)));
        }
        return List.of(new UpdatePlan(writes, metrics(solved)));
    }

    static List<Variable> warmStart(Ops ops, String prefix, List<Variable> player) {
        return player.stream().map(v -> ops.variable(prefix + v.name(), v.shape(), Initializer.zeros(), false)).toList();
    }

    static void move(Ops ops, List<Variable> variables, List<Tensor> deltas, List<Assignment> writes) {
        for (int i = 0; i < variables.size(); i++) {
            writes.add(new Assignment(variables.get(i), ops.add(variables.get(i), deltas.get(i))));
        }
    }

    static Map<String, Tensor> metrics(LinearConjugateGradient.Result solved) {
        Map<String, Tensor> metrics = new LinkedHashMap<>();
        metrics.put("cg_iterations", solved.iterations());
        metrics.put("cg_residual", solved.relativeResidual());
        metrics.put("cg_capped", solved.capped());
        return metrics;
    }
}
