package org.gan4j.optimizers.cgd;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code acgd}; the defaults are those of ALGORITHMS.md §4 (the ICR paper used lr 1e-4).
 *
 * @param learningRate lr, key {@code lr}, &gt; 0; default 1e-3
 * @param beta β of the second-moment average, key {@code beta}, in [0, 1); default 0.99
 * @param epsilon ε, key {@code epsilon}, &gt; 0; default 1e-5
 * @param maxIterations the cap on CG iterations per step, key {@code max_iterations}, ≥ 1; default 10
 * @param tolerance tol on squared norms, key {@code tol}, &gt; 0; default 1e-12
 * @param absoluteTolerance atol on the squared residual, key {@code atol}, &gt; 0; default 1e-20
 */
public record AcgdParameters(double learningRate, double beta, double epsilon, int maxIterations, double tolerance,
        double absoluteTolerance) {
    /** Validates. */
    public AcgdParameters {
        Check.positive(AcgdProvider.ID, "lr", learningRate);
        Check.inHalfOpenRange(AcgdProvider.ID, "beta", beta, 0, 1);
        Check.positive(AcgdProvider.ID, "epsilon", epsilon);
        Check.positive(AcgdProvider.ID, "max_iterations", maxIterations);
        Check.positive(AcgdProvider.ID, "tol", tolerance);
        Check.positive(AcgdProvider.ID, "atol", absoluteTolerance);
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static AcgdParameters from(Hyperparameters h) {
        String id = AcgdProvider.ID;
        h.requireOnly(id, Set.of("lr", "beta", "epsilon", "max_iterations", "tol", "atol"));
        return new AcgdParameters(h.getDouble(id, "lr", 1e-3), h.getDouble(id, "beta", 0.99),
                h.getDouble(id, "epsilon", 1e-5), h.getInt(id, "max_iterations", 10), h.getDouble(id, "tol", 1e-12),
                h.getDouble(id, "atol", 1e-20));
    }

    LinearConjugateGradient solver() {
        return new LinearConjugateGradient(maxIterations, tolerance, absoluteTolerance);
    }
}
