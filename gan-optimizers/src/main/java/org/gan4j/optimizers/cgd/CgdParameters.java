package org.gan4j.optimizers.cgd;

import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code cgd}.
 *
 * @param learningRate η, key {@code lr}, &gt; 0; default 0.01
 * @param maxIterations the cap on CG iterations per step, key {@code max_iterations}, ≥ 1; default 10
 * @param tolerance tol on squared norms, key {@code tol}, &gt; 0; default 1e-12 (relative residual 1e-6)
 * @param absoluteTolerance atol on the squared residual, key {@code atol}, &gt; 0; default 1e-20
 */
public record CgdParameters(double learningRate, int maxIterations, double tolerance, double absoluteTolerance) {
    /** Validates. */
    public CgdParameters {
        Check.positive(CgdProvider.ID, "lr", learningRate);
        Check.positive(CgdProvider.ID, "max_iterations", maxIterations);
        Check.positive(CgdProvider.ID, "tol", tolerance);
        Check.positive(CgdProvider.ID, "atol", absoluteTolerance);
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static CgdParameters from(Hyperparameters h) {
        String id = CgdProvider.ID;
        h.requireOnly(id, Set.of("lr", "max_iterations", "tol", "atol"));
        return new CgdParameters(h.getDouble(id, "lr", 0.01), h.getInt(id, "max_iterations", 10),
                h.getDouble(id, "tol", 1e-12), h.getDouble(id, "atol", 1e-20));
    }

    LinearConjugateGradient solver() {
        return new LinearConjugateGradient(maxIterations, tolerance, absoluteTolerance);
    }
}
