package org.gan4j.examples.output;

import org.gan4j.core.eval.MixtureScore;

/**
 * One run of a study.
 *
 * @param dataset the data set
 * @param loss the loss spec
 * @param regularizers the regularizer specs, or {@code none}
 * @param seed the seed
 * @param score the final score, or null if the run diverged
 * @param seconds wall time of training
 * @param divergedAt the step at which a loss or gradient norm became NaN or infinite, or -1
 */
public record StudyRun(String dataset, String loss, String regularizers, long seed, MixtureScore score, double seconds,
        long divergedAt) {

    /** @return whether training stopped on a non-finite value */
    public boolean diverged() {
        return divergedAt >= 0;
    }
}
