package org.gan4j.optimizers.cgd;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.role.Game;
import org.gan4j.api.role.JointOptimizer;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Adaptive competitive gradient descent (Schäfer, Zheng &amp; Anandkumar, "Implicit competitive regularization in
 * GANs", ICML 2020): CGD with RMSProp-like step sizes per parameter,
 * <pre>
 * v ← βv + (1 − β)g²,   η = lr·√(1 − β^t) / (√v + ε)          (for x and for y)
 * solving for x:  (I + √η_x ⊙ D_xy(η_y ⊙ D_yx(√η_x ⊙ w))) w = √η_x ⊙ (∇_x f + D_xy(η_y ⊙ ∇_y f))
 *                 Δx = −√η_x ⊙ w,   Δy = η_y ⊙ (∇_y f + D_yx Δx)
 * solving for y:  (I + √η_y ⊙ D_yx(η_x ⊙ D_xy(√η_y ⊙ w))) w = √η_y ⊙ (∇_y f − D_yx(η_x ⊙ ∇_x f))
 *                 Δy = √η_y ⊙ w,    Δx = −η_x ⊙ (∇_x f + D_xy Δy)
 * </pre>
 * With a scalar η both reduce to {@link Cgd}'s equations. The solved-for player alternates: game step s
 * solves for x when s is even and for y when s is odd (two plans). docs/algorithms.md#acgd also writes the right-hand
 * side with g_y the gradient of y's own loss −f, hence its minus sign. State: v_x, v_y, β^t and one warm start per
 * player's space. Reported like {@link Cgd}.
 */
final class Acgd implements JointOptimizer {
    private final AcgdParameters parameters;

    Acgd(AcgdParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public List<UpdatePlan> update(Ops ops, Game game) {
        MixedHessian h = new MixedHessian(ops, game);
        List<Assignment> shared = new ArrayList<>();
        Variable betaPower = ops.variable("acgd_beta_power", Shape.scalar(), Initializer.constant(1), false);
        Tensor newBetaPower = ops.mul(betaPower, ops.constant(parameters.beta()));
        shared.add(new Assignment(betaPower, newBetaPower));
        Tensor scale = ops.mul(ops.constant(parameters.learningRate()), ops.sqrt(ops.sub(ops.constant(1), newBetaPower)));
        List<Tensor> etaX = stepSizes(ops, "acgd_v_", game.minimizer(), h.gradientX(), scale, shared);
        List<Tensor> etaY = stepSizes(ops, "acgd_v_", game.maximizer(), h.gradientY(), scale, shared);
        List<Variable> warmX = Cgd.warmStart(ops, "acgd_wx_", game.minimizer());
        List<Variable> warmY = Cgd.warmStart(ops, "acgd_wy_", game.maximizer());
        return List.of(solveForX(ops, game, h, etaX, etaY, warmX, shared), solveForY(ops, game, h, etaX, etaY, warmY, shared));
    }

    private UpdatePlan solveForX(Ops ops, Game game, MixedHessian h, List<Tensor> etaX, List<Tensor> etaY,
            List<Variable> warm, List<Assignment> shared) {
        List<Tensor> s = etaX.stream().map(ops::sqrt).toList();
        List<Tensor> rhs = Vectors.mul(ops, s, Vectors.add(ops, h.gradientX(), h.dxy(Vectors.mul(ops, etaY, h.gradientY()))));
        LinearConjugateGradient.Result solved = parameters.solver().build().solve(ops, w -> Vectors.add(ops, w,
                Vectors.mul(ops, s, h.dxy(Vectors.mul(ops, etaY, h.dyx(Vectors.mul(ops, s, w)))))), rhs, warm);
        List<Tensor> dx = Vectors.neg(ops, Vectors.mul(ops, s, solved.solution()));
        List<Tensor> dy = Vectors.mul(ops, etaY, Vectors.add(ops, h.gradientY(), h.dyx(dx)));
        return plan(ops, game, dx, dy, warm, solved, shared);
    }

    private UpdatePlan solveForY(Ops ops, Game game, MixedHessian h, List<Tensor> etaX, List<Tensor> etaY,
            List<Variable> warm, List<Assignment> shared) {
        List<Tensor> s = etaY.stream().map(ops::sqrt).toList();
        List<Tensor> rhs = Vectors.mul(ops, s, Vectors.sub(ops, h.gradientY(), h.dyx(Vectors.mul(ops, etaX, h.gradientX()))));
        LinearConjugateGradient.Result solved = parameters.solver().build().solve(ops, w -> Vectors.add(ops, w,
                Vectors.mul(ops, s, h.dyx(Vectors.mul(ops, etaX, h.dxy(Vectors.mul(ops, s, w)))))), rhs, warm);
        List<Tensor> dy = Vectors.mul(ops, s, solved.solution());
        List<Tensor> dx = Vectors.neg(ops, Vectors.mul(ops, etaX, Vectors.add(ops, h.gradientX(), h.dxy(dy))));
        return plan(ops, game, dx, dy, warm, solved, shared);
    }

    private static UpdatePlan plan(Ops ops, Game game, List<Tensor> dx, List<Tensor> dy, List<Variable> warm,
            LinearConjugateGradient.Result solved, List<Assignment> shared) {
        List<Assignment> writes = new ArrayList<>(shared);
        Cgd.move(ops, game.minimizer(), dx, writes);
        Cgd.move(ops, game.maximizer(), dy, writes);
        for (int i = 0; i < warm.size(); i++) {
            writes.add(new Assignment(warm.get(i), solved.solution().get(i)));
        }
        return new UpdatePlan(writes, Cgd.metrics(solved));
    }

    /** v ← βv + (1 − β)g² for each tensor, and η = scale / (√v + ε) from the new v. */
    private List<Tensor> stepSizes(Ops ops, String prefix, List<Variable> player, List<Tensor> gradients,
            Tensor scale, List<Assignment> writes) {
        double beta = parameters.beta();
        List<Tensor> etas = new ArrayList<>();
        for (int i = 0; i < player.size(); i++) {
            Variable v = ops.variable(prefix + player.get(i).name(), player.get(i).shape(), Initializer.zeros(), false);
            Tensor newV = ops.add(ops.mul(v, ops.constant(beta)), ops.mul(ops.square(gradients.get(i)), ops.constant(1 - beta)));
            writes.add(new Assignment(v, newV));
            etas.add(ops.div(scale, ops.add(ops.sqrt(newV), ops.constant(parameters.epsilon()))));
        }
        return etas;
    }
}
