package org.gan4j.examples.cli;

import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingListener;

/** Averages over a run's steps that a study reports: wall time per step and CG iterations per step. */
final class StepAverages implements TrainingListener {
    private static final String CG_ITERATIONS = "cg_iterations";

    private long steps;
    private double milliseconds;
    private long cgSteps;
    private double cgIterations;

    @Override
    public void onStep(StepMetrics metrics) {
        steps++;
        milliseconds += metrics.stepMillis();
        if (metrics.values().containsKey(CG_ITERATIONS)) {
            cgSteps++;
            cgIterations += metrics.get(CG_ITERATIONS);
        }
    }

    /** @return mean milliseconds per step, NaN before the first */
    double msPerStep() {
        return steps == 0 ? Double.NaN : milliseconds / steps;
    }

    /** @return mean CG iterations per step, NaN when no step reported any */
    double cgIterations() {
        return cgSteps == 0 ? Double.NaN : cgIterations / cgSteps;
    }
}
