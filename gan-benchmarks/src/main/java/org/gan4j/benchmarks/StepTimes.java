package org.gan4j.benchmarks;

import java.util.Arrays;
import org.gan4j.core.train.GanTrainer;

/** How the benchmarks time training steps: a few warm-up steps, then the median of the timed ones. */
final class StepTimes {
    /** Steps run before timing, so that graph compilation and first-run allocations stay out of the figures. */
    static final int WARM_UP = 3;

    private StepTimes() {
    }

    /**
     * @param trainer a compiled trainer
     * @param steps how many steps to time
     * @return the median seconds of one step, after {@value #WARM_UP} untimed steps
     */
    static double median(GanTrainer trainer, int steps) {
        for (int i = 0; i < WARM_UP; i++) {
            trainer.step();
        }
        double[] seconds = new double[steps];
        for (int i = 0; i < steps; i++) {
            long start = System.nanoTime();
            trainer.step();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        return median(seconds);
    }

    /** @return the middle value (the upper one of an even count) */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
