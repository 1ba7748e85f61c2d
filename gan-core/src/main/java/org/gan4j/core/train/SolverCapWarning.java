package org.gan4j.core.train;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns when an optimizer's inner linear solver stopped at its iteration cap before reaching its tolerance: a
 * step reports {@code cg_capped} = 1 (and {@code cg_residual}, the relative residual it reached). The first such
 * step is logged, then every {@value #EVERY}th, with the share of capped steps so far. {@link GanTrainer#train}
 * always listens with one.
 */
final class SolverCapWarning implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(SolverCapWarning.class);
    private static final int EVERY = 1000;

    private long steps;
    private long capped;

    @Override
    public void onStep(StepMetrics metrics) {
        steps++;
        Double flag = metrics.values().get("cg_capped");
        if (flag == null || flag == 0) {
            return;
        }
        capped++;
        if (capped == 1 || capped % EVERY == 0) {
            LOG.warn("step {}: the CG solver stopped at its iteration cap with relative residual {} ({} of {} steps so "
                    + "far); raise the optimizer's max_iterations, or lower its lr", metrics.step(),
                    metrics.values().getOrDefault("cg_residual", Double.NaN), capped, steps);
        }
    }

    /** @return how many steps were capped */
    long cappedSteps() {
        return capped;
    }
}
