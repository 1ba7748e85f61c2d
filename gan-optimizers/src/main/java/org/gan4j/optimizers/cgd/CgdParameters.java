package org.gan4j.optimizers.cgd;

import java.util.Objects;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;

/**
 * Settings of {@code cgd}.
 *
 * @param learningRate η, key {@code lr}, &gt; 0; default 0.01
 * @param solver the linear CG solver's cap and tolerances; see {@link SolverSettings}
 */
public record CgdParameters(double learningRate, SolverSettings solver) {
    /** Validates. */
    public CgdParameters {
        Check.positive(CgdProvider.ID, "lr", learningRate);
        Objects.requireNonNull(solver, "solver");
    }

    /**
     * @param h the user's settings
     * @return the validated record, defaults filled in
     */
    public static CgdParameters from(Hyperparameters h) {
        String id = CgdProvider.ID;
        h.requireOnly(id, SolverSettings.keysWith("lr"));
        return new CgdParameters(h.getDouble(id, "lr", 0.01), SolverSettings.from(id, h));
    }
}
