package org.gan4j.optimizers.cgd;

import java.util.Objects;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code acgd}; the defaults are those of docs/algorithms.md#acgd (the ICR paper used lr 1e-4).
 *
 * @param learningRate lr, key {@code lr}, &gt; 0; default 1e-3
 * @param beta β of the second-moment average, key {@code beta}, in [0, 1); default 0.99
 * @param epsilon ε, key {@code epsilon}, &gt; 0; default 1e-5
 * @param solver the linear CG solver's cap and tolerances; see {@link SolverSettings}
 */
public record AcgdParameters(double learningRate, double beta, double epsilon, SolverSettings solver) {
    /** Validates. */
    public AcgdParameters {
        Check.positive(AcgdProvider.ID, "lr", learningRate);
        Check.inHalfOpenRange(AcgdProvider.ID, "beta", beta, 0, 1);
        Check.positive(AcgdProvider.ID, "epsilon", epsilon);
        Objects.requireNonNull(solver, "solver");
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static AcgdParameters from(Hyperparameters h) {
        String id = AcgdProvider.ID;
        h.requireOnly(id, SolverSettings.keysWith("lr", "beta", "epsilon"));
        return new AcgdParameters(h.getDouble(id, "lr", 1e-3), h.getDouble(id, "beta", 0.99),
                h.getDouble(id, "epsilon", 1e-5), SolverSettings.from(id, h));
    }
}
