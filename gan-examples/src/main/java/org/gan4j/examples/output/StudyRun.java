package org.gan4j.examples.output;

import org.gan4j.core.eval.MixtureScore;

/**
 * One run of a study.
 *
 * @param dataset the data set
 * @param loss the loss spec
 * @param regularizers the regularizer specs, or {@code none}
 * @param optimizer the optimizer spec, or both players' when they differ
 * @param seed the seed
 * @param score the final score, or null if the run diverged
 * @param seconds wall time of training
 * @param msPerStep mean wall time of one training step, in milliseconds
 * @param cgIterationsPerStep mean linear-CG iterations per step of a joint optimizer, NaN for other optimizers
 * @param divergedAt the step at which a loss or gradient norm became NaN or infinite, or -1
 */
public record StudyRun(String dataset, String loss, String regularizers, String optimizer, long seed, MixtureScore score,
        double seconds, double msPerStep, double cgIterationsPerStep, long divergedAt) {

    /** @return whether training stopped on a non-finite value */
    public boolean diverged() {
        return divergedAt >= 0;
    }
}
