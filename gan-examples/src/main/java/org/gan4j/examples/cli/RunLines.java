package org.gan4j.examples.cli;

import java.util.stream.Collectors;
import org.gan4j.core.run.Recipe;
import org.gan4j.core.run.RunDescription;
import org.gan4j.core.run.RunOption;
import org.gan4j.core.run.RunOptions;
import org.gan4j.core.train.NoisePrior;

/** The lines the command line prints and stores about a run description. */
final class RunLines {
    private RunLines() {
    }

    /**
     * @param run a description
     * @param backend the backend's description
     * @return the providers and schedule on one line, as summaries and reports show them
     */
    static String configuration(RunDescription run, String backend) {
        return models(run) + " " + schedule(run) + " backend=" + backend;
    }

    /** @return the providers: loss, regularizers, optimizers, update scheme, networks, and the augmentation if any */
    static String models(RunDescription run) {
        return "loss=" + run.get(RunOptions.LOSS) + " regularizers=" + run.get(RunOptions.REGULARIZERS)
                + " d_optimizer=" + run.get(RunOptions.D_OPTIMIZER) + " g_optimizer=" + run.get(RunOptions.G_OPTIMIZER)
                + " updates=" + RunOptions.UPDATES.format(run.get(RunOptions.UPDATES))
                + " generator=" + run.get(RunOptions.GENERATOR) + " discriminator=" + run.get(RunOptions.DISCRIMINATOR)
                + (run.get(RunOptions.AUGMENT) != null ? " augment=" + run.get(RunOptions.AUGMENT) : "");
    }

    /** @return the schedule: batch size, critic steps, steps, and the generator average and noise where not plain */
    static String schedule(RunDescription run) {
        double average = run.get(RunOptions.GENERATOR_AVERAGE);
        NoisePrior noise = run.get(RunOptions.NOISE);
        return "batch=" + run.get(RunOptions.BATCH_SIZE) + " critic_steps=" + run.get(RunOptions.CRITIC_STEPS)
                + " steps=" + run.get(RunOptions.STEPS) + (average > 0 ? " g_ema=" + average : "")
                + (noise != NoisePrior.NORMAL ? " noise=" + RunOptions.NOISE.format(noise) : "");
    }

    /**
     * @param run a description
     * @return the line that says which options a recipe set, or the empty text when it set none
     */
    static String recipe(RunDescription run) {
        Recipe recipe = run.recipe().orElse(null);
        boolean bothPlayersGiven = run.given(RunOptions.D_OPTIMIZER) && run.given(RunOptions.G_OPTIMIZER);
        String flags = run.fromRecipe().stream().filter(o -> !(o == RunOptions.OPTIMIZER && bothPlayersGiven))
                .map(o -> o.flag() + " " + format(o, run)).collect(Collectors.joining(" "));
        if (recipe == null || flags.isEmpty()) {
            return "";
        }
        return "recipe " + recipe.name() + " (" + recipe.source() + ") for the options left out: " + flags;
    }

    private static <T> String format(RunOption<T> option, RunDescription run) {
        return option.format(run.get(option));
    }
}
