package org.gan4j.core.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.gan4j.core.registry.ProviderSpec;

/**
 * The settings a paper trains a loss and regularizer with, applied to the options a user leaves unset. A recipe may
 * set any option except the loss and the regularizers it is chosen by, and states the optimizer for both players
 * ({@link RunOptions#OPTIMIZER}), never one player's alone, so that {@code --optimizer} always wins over it.
 *
 * @param name a short name, such as {@code wgan-gp}
 * @param source the paper and where in it the settings are
 * @param appliesTo whether it is the recipe for a loss and its regularizers (by id)
 * @param settings the options it sets, in order
 */
public record Recipe(String name, String source, BiPredicate<String, List<String>> appliesTo,
        Map<RunOption<?>, Object> settings) {
    /** Copies the settings and checks the recipe names no option it must not set. */
    public Recipe {
        Objects.requireNonNull(appliesTo, "appliesTo");
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        for (RunOption<?> option : settings.keySet()) {
            if (!maySet(option)) {
                throw new IllegalArgumentException("recipe " + name + " may not set " + option);
            }
        }
    }

    /**
     * @param option an option
     * @return whether a recipe may set it: not the data set, the loss, the regularizers or the recipe, which choose
     *     the recipe, nor one player's optimizer alone
     */
    public static boolean maySet(RunOption<?> option) {
        return !List.of(RunOptions.DATASET, RunOptions.LOSS, RunOptions.REGULARIZERS, RunOptions.RECIPE,
                RunOptions.D_OPTIMIZER, RunOptions.G_OPTIMIZER).contains(option);
    }

    /**
     * @param loss the loss
     * @param regularizers the regularizers
     * @return whether this is their recipe
     */
    public boolean appliesTo(ProviderSpec loss, List<ProviderSpec> regularizers) {
        return appliesTo.test(loss.id(), regularizers.stream().map(ProviderSpec::id).toList());
    }

    /** @return the settings as command-line flags, such as {@code --optimizer adam:lr=1e-4 --critic-steps 5} */
    public String asFlags() {
        return settings.entrySet().stream().map(e -> e.getKey().flag() + " " + e.getKey().format(e.getValue()))
                .collect(Collectors.joining(" "));
    }
}
