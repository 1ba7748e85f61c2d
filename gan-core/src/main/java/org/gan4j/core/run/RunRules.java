package org.gan4j.core.run;

import org.gan4j.core.data.DataKind;
import org.gan4j.core.data.Dataset;

/**
 * The rules between options, checked once a description is resolved (each option's own rule is checked when it is
 * set, in {@link RunOption}). Rules that need the providers themselves, such as a joint optimizer given for one
 * player only, are checked when the description is assembled ({@link RunAssembly}).
 */
final class RunRules {
    private RunRules() {
    }

    /**
     * @param run a resolved description
     * @throws InvalidRunOptionException naming the options that do not fit together
     */
    static void check(RunDescription run) {
        String dataset = run.get(RunOptions.DATASET);
        if (run.get(RunOptions.DATA) != null && run.kind() != DataKind.IMAGES) {
            throw new InvalidRunOptionException(RunOptions.DATA, run.get(RunOptions.DATA), "only image data sets read "
                    + "files; use ${dataset} " + Dataset.FASHION_MNIST + " with it, or leave ${data} out for " + dataset);
        }
        long evalEvery = run.get(RunOptions.EVAL_EVERY);
        if (evalEvery > 0 && run.kind() != DataKind.IMAGES) {
            throw new InvalidRunOptionException(RunOptions.EVAL_EVERY, evalEvery, "image metrics need image data "
                    + "(${dataset} " + Dataset.FASHION_MNIST + "); 2-D mixtures are scored at the end of every run");
        }
    }
}
