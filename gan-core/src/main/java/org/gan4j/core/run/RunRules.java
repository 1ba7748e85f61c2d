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
                    + "files; leave ${dataset} out (it follows from what DIR holds), or leave ${data} out for " + dataset);
        }
        if (run.get(RunOptions.DATA) == null && (dataset.equals(Dataset.IDX) || dataset.equals(Dataset.FOLDER))) {
            throw new InvalidRunOptionException(RunOptions.DATASET, dataset, "it reads the files of ${data} DIR; name "
                    + "the folder with ${data}");
        }
        for (RunOption<Integer> folderOnly : java.util.List.of(RunOptions.IMAGE_SIZE, RunOptions.CHANNELS)) {
            // every saved run holds both, so only a value other than the default can be the user's mistake
            if (!dataset.equals(Dataset.FOLDER) && !run.get(folderOnly).equals(RunOptions.FOLDER_DEFAULTS.get(folderOnly))) {
                throw new InvalidRunOptionException(folderOnly, run.get(folderOnly), "it shapes the pictures of a folder, "
                        + "but " + dataset + " is " + (run.kind() == DataKind.IMAGES ? "an IDX set, used at its own size "
                        + "and in grey" : "2-D data") + "; leave ${" + folderOnly.key() + "} out");
            }
        }
        if (run.get(RunOptions.CLASSIFIER) != null && run.get(RunOptions.FEATURES) != null) {
            throw new InvalidRunOptionException(java.util.List.of(RunOptions.CLASSIFIER.key(), RunOptions.FEATURES.key()),
                    run.get(RunOptions.CLASSIFIER) + " and " + run.get(RunOptions.FEATURES), "a run's images are scored "
                    + "with one kind of features, a classifier made for its data (${classifier}) or a SavedModel "
                    + "(${features}); give only one (a resumed run keeps the one it was saved with)");
        }
        long evalEvery = run.get(RunOptions.EVAL_EVERY);
        if (evalEvery > 0 && run.kind() != DataKind.IMAGES) {
            throw new InvalidRunOptionException(RunOptions.EVAL_EVERY, evalEvery, "image metrics need image data "
                    + "(${data} DIR, or ${dataset} " + Dataset.FASHION_MNIST + "); 2-D mixtures are scored at the end of every run");
        }
    }
}
