package org.gan4j.optimizers.cgd;

import java.util.List;
import org.gan4j.api.role.Game;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * The first derivatives of a game's value f and its mixed Hessian-vector products by double backpropagation:
 * <pre>
 * D_xy v = ∇_x ⟨∇_y f, v⟩     (v in y's space, result in x's)
 * D_yx u = ∇_y ⟨∇_x f, u⟩     (u in x's space, result in y's)
 * </pre>
 * The vector is held constant (no gradient flows through it), as the definition requires.
 */
final class MixedHessian {
    private final Ops ops;
    private final Game game;
    private final List<Tensor> gradientX;
    private final List<Tensor> gradientY;

    MixedHessian(Ops ops, Game game) {
        this.ops = ops;
        this.game = game;
        this.gradientX = ops.gradients(game.value(), game.minimizer());
        this.gradientY = ops.gradients(game.value(), game.maximizer());
    }

    /** @return ∇_x f */
    List<Tensor> gradientX() {
        return gradientX;
    }

    /** @return ∇_y f */
    List<Tensor> gradientY() {
        return gradientY;
    }

    /** @return D_xy v */
    List<Tensor> dxy(List<Tensor> v) {
        return ops.gradients(Vectors.dot(ops, gradientY, constant(v)), game.minimizer());
    }

    /** @return D_yx u */
    List<Tensor> dyx(List<Tensor> u) {
        return ops.gradients(Vectors.dot(ops, gradientX, constant(u)), game.maximizer());
    }

    private List<Tensor> constant(List<Tensor> v) {
        return v.stream().map(ops::stopGradient).toList();
    }
}
