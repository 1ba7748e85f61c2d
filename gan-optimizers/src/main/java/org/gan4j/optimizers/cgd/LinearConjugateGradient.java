package org.gan4j.optimizers.cgd;

import java.util.List;
import java.util.function.UnaryOperator;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * Linear conjugate gradient (Hestenes &amp; Stiefel 1952) for A w = b with A symmetric positive definite, built
 * into the graph: {@code maxIterations} iterations unrolled, each frozen by a mask once
 * ‖r‖² &lt; max(tol·‖b‖², atol). From w₀: r₀ = b − A w₀, p₀ = r₀, then
 * <pre>
 * α = ‖r‖² / pᵀAp,  w ← w + α p,  r ← r − α Ap,  β = ‖r'‖² / ‖r‖²,  p ← r' + β p
 * </pre>
 * Each iteration applies A once (for CGD, two Hessian-vector products), converged or not.
 */
final class LinearConjugateGradient {
    /**
     * @param solution w
     * @param iterations how many iterations ran before convergence or the cap, a scalar
     * @param relativeResidual ‖b − A w‖ / ‖b‖ (0 when b = 0), a scalar
     * @param capped 1 if the cap stopped it before convergence, else 0
     */
    record Result(List<Tensor> solution, Tensor iterations, Tensor relativeResidual, Tensor capped) {
    }

    private final int maxIterations;
    private final double tolerance;
    private final double absoluteTolerance;

    /**
     * @param maxIterations the cap
     * @param tolerance tol, on squared norms (1e-12: a relative residual of 1e-6)
     * @param absoluteTolerance atol, on the squared norm (1e-20)
     */
    LinearConjugateGradient(int maxIterations, double tolerance, double absoluteTolerance) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.absoluteTolerance = absoluteTolerance;
    }

    Result solve(Ops ops, UnaryOperator<List<Tensor>> a, List<Tensor> b, List<? extends Tensor> start) {
        Tensor bb = Vectors.dot(ops, b, b);
        Tensor threshold = ops.maximum(ops.mul(ops.constant(tolerance), bb), ops.constant(absoluteTolerance));
        List<Tensor> w = List.copyOf(start);
        List<Tensor> r = Vectors.sub(ops, b, a.apply(w));
        List<Tensor> p = r;
        Tensor rr = Vectors.dot(ops, r, r);
        Tensor active = ops.greater(rr, threshold);
        Tensor iterations = ops.constant(0);
        for (int k = 0; k < maxIterations; k++) {
            List<Tensor> ap = a.apply(p);
            Tensor alpha = ops.mul(active, ops.divNoNan(rr, Vectors.dot(ops, p, ap)));
            w = Vectors.add(ops, w, Vectors.scale(ops, alpha, p));
            r = Vectors.sub(ops, r, Vectors.scale(ops, alpha, ap));
            Tensor rrNext = Vectors.dot(ops, r, r);
            p = Vectors.add(ops, r, Vectors.scale(ops, ops.divNoNan(rrNext, rr), p));
            iterations = ops.add(iterations, active);
            rr = rrNext;
            active = ops.mul(active, ops.greater(rr, threshold));
        }
        Tensor residual = ops.sqrt(ops.divNoNan(rr, bb));
        return new Result(w, iterations, residual, active);
    }
}
