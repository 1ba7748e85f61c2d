package org.gan4j.optimizers.cgd;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * The linear CG solver's settings that {@code cgd} and {@code acgd} share (docs/algorithms.md#the-linear-solver):
 * stop at ‖r‖² &lt; max(tol·‖b‖², atol), or after {@code max_iterations}.
 *
 * @param maxIterations the cap on CG iterations per step, key {@code max_iterations}, ≥ 1; default 10
 * @param tolerance tol on squared norms, key {@code tol}, &gt; 0; default 1e-12 (relative residual 1e-6)
 * @param absoluteTolerance atol on the squared residual, key {@code atol}, &gt; 0; default 1e-20
 */
public record SolverSettings(int maxIterations, double tolerance, double absoluteTolerance) {
    private static final Set<String> KEYS = Set.of("max_iterations", "tol", "atol");

    /** Validates; the owner named in an error is {@code "CG solver"}. */
    public SolverSettings {
        Check.positive("CG solver", "max_iterations", maxIterations);
        Check.positive("CG solver", "tol", tolerance);
        Check.positive("CG solver", "atol", absoluteTolerance);
    }

    /**
     * @param owner the optimizer's id, named in errors
     * @param h the user's settings
     * @return the validated settings, defaults filled in
     */
    static SolverSettings from(String owner, Hyperparameters h) {
        return new SolverSettings(Check.positive(owner, "max_iterations", h.getInt(owner, "max_iterations", 10)),
                Check.positive(owner, "tol", h.getDouble(owner, "tol", 1e-12)),
                Check.positive(owner, "atol", h.getDouble(owner, "atol", 1e-20)));
    }

    /**
     * @param others an optimizer's own keys
     * @return these settings' keys and {@code others}
     */
    static Set<String> keysWith(String... others) {
        Set<String> keys = new HashSet<>(KEYS);
        keys.addAll(List.of(others));
        return Set.copyOf(keys);
    }

    /** @return a solver with these settings */
    LinearConjugateGradient build() {
        return new LinearConjugateGradient(maxIterations, tolerance, absoluteTolerance);
    }
}
