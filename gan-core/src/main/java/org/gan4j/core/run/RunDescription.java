package org.gan4j.core.run;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.gan4j.core.data.DataKind;
import org.gan4j.core.data.Dataset;
import org.gan4j.core.train.TrainingConfig;

/**
 * One run, whole: a value for every option of {@link RunOptions}, those the user set and the rest resolved from a
 * recipe ({@link Recipes}) or the defaults for the kind of data. Immutable; made by {@link #builder()} (Java),
 * parsed from the command line the same way, and written to and read from plain {@code key=value} text
 * ({@link #toMap()}, {@link #fromMap}), which is what a checkpoint's manifest stores and a sweep ships to another
 * machine.
 *
 * <pre>{@code
 * RunDescription run = RunDescription.builder()
 *         .set(RunOptions.LOSS, ProviderSpec.parse("wgan"))
 *         .set(RunOptions.REGULARIZERS, List.of(ProviderSpec.parse("gp:lambda=10")))
 *         .set(RunOptions.STEPS, 5000L)
 *         .build();                       // Adam 1e-4, β = (0.5, 0.9) and 5 critic steps from the WGAN-GP recipe
 * }</pre>
 */
public final class RunDescription {
    private final Map<RunOption<?>, Object> values;
    private final Set<RunOption<?>> given;
    private final Set<RunOption<?>> fromRecipe;

    private RunDescription(Map<RunOption<?>, Object> values, Set<RunOption<?>> given, Set<RunOption<?>> fromRecipe) {
        this.values = Collections.unmodifiableMap(values);
        this.given = Collections.unmodifiableSet(given);
        this.fromRecipe = Collections.unmodifiableSet(fromRecipe);
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder(new LinkedHashMap<>());
    }

    /** @return the default run: the 8-mode ring, with every default */
    public static RunDescription defaults() {
        return builder().build();
    }

    /**
     * Reads a description written by {@link #toMap()}. Every option it holds counts as set, so nothing is re-derived
     * from today's defaults or recipes; an option it lacks (written before the option existed) reads as its
     * {@link RunOption#whenAbsent()} says.
     *
     * @param saved the text values by key; other keys are ignored
     * @param keyPrefix how the keys are named in messages, such as {@code run.} for a checkpoint's manifest
     * @param problem turns a problem (a missing key, a value that does not parse) into the exception to throw
     * @return the description
     */
    public static RunDescription fromMap(Map<String, String> saved, String keyPrefix,
            Function<String, ? extends RuntimeException> problem) {
        Builder b = builder();
        for (RunOption<?> option : RunOptions.all()) {
            if (!option.saved()) {
                continue;
            }
            String text = saved.get(option.key());
            if (text == null) {
                switch (option.whenAbsent()) {
                    case REQUIRED -> throw problem.apply("the key '" + keyPrefix + option.key()
                            + "' is missing, so the run cannot be rebuilt");
                    case LEGACY -> b.values.put(option, option.legacy());
                    case DEFAULT -> { }
                }
                continue;
            }
            try {
                b.values.put(option, option.parse(text));
            } catch (InvalidRunOptionException e) {
                throw problem.apply(keyPrefix + option.key() + " is '" + text + "', not a valid value ("
                        + e.getMessage() + ")");
            }
        }
        return b.build();
    }

    /**
     * @param <T> the value's type
     * @param option an option
     * @return its value
     */
    @SuppressWarnings("unchecked")
    public <T> T get(RunOption<T> option) {
        return (T) values.get(option);
    }

    /**
     * @param option an option
     * @return whether it was set (by the user, or by a saved run), not resolved from a recipe or a default
     */
    public boolean given(RunOption<?> option) {
        return given.contains(option);
    }

    /** @return the options whose value came from the recipe, in table order */
    public Set<RunOption<?>> fromRecipe() {
        return fromRecipe;
    }

    /** @return the recipe the loss and regularizers train with, if any */
    public Optional<Recipe> recipe() {
        return Recipes.byName(get(RunOptions.RECIPE));
    }

    /** @return the data set */
    public Dataset dataset() {
        return Dataset.of(get(RunOptions.DATASET), get(RunOptions.DATA), get(RunOptions.IMAGE_SIZE), get(RunOptions.CHANNELS));
    }

    /** @return the kind of data */
    public DataKind kind() {
        return Dataset.kindOf(get(RunOptions.DATASET));
    }

    /** @return the trainer's schedule */
    public TrainingConfig trainingConfig() {
        return new TrainingConfig(get(RunOptions.BATCH_SIZE), get(RunOptions.STEPS), get(RunOptions.CRITIC_STEPS),
                get(RunOptions.SEED), get(RunOptions.EVALUATION_SAMPLES), get(RunOptions.SAMPLE_EVERY),
                get(RunOptions.DIVERGENCE_LIMIT), get(RunOptions.GENERATOR_AVERAGE));
    }

    /** @return every saved option's value as text, by key: what {@link #fromMap} reads */
    public SortedMap<String, String> toMap() {
        SortedMap<String, String> map = new TreeMap<>();
        values.forEach((option, value) -> {
            if (option.saved()) {
                map.put(option.key(), option.format(value));
            }
        });
        return map;
    }

    /** @return a builder with every value of this description set, to change some */
    public Builder toBuilder() {
        Builder b = builder();
        values.forEach((option, value) -> {
            if (option.saved()) {
                b.values.put(option, value);
            }
        });
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunDescription d && values.equals(d.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** @return every value, {@code key=value} separated by spaces, in table order */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        values.forEach((option, value) -> s.append(s.length() == 0 ? "" : " ").append(option.key()).append('=')
                .append(option.format(value)));
        return s.toString();
    }

    /** Sets options; {@link #build()} resolves the rest and checks the whole. */
    public static final class Builder {
        private final Map<RunOption<?>, Object> values;

        private Builder(Map<RunOption<?>, Object> values) {
            this.values = values;
        }

        /**
         * @param <T> the value's type
         * @param option an option
         * @param value its value (null only where the option allows none, such as {@link RunOptions#DATA})
         * @return this builder
         * @throws InvalidRunOptionException when the value breaks the option's rule
         */
        public <T> Builder set(RunOption<T> option, T value) {
            values.put(option, value == null ? null : option.check(value));
            return this;
        }

        /**
         * @param option an option
         * @param text its value as text, as the command line and {@link #toMap()} write it
         * @return this builder
         * @throws InvalidRunOptionException when the text is not a value of the option, or breaks its rule
         */
        public Builder parse(RunOption<?> option, String text) {
            values.put(option, option.parse(text));
            return this;
        }

        /**
         * @param option an option
         * @return this builder, with the option left to its recipe or default again
         */
        public Builder unset(RunOption<?> option) {
            values.remove(option);
            return this;
        }

        /**
         * @return the description: every option not set resolved from the recipe or the defaults for the data
         * @throws InvalidRunOptionException when options do not fit together
         */
        public RunDescription build() {
            Resolution r = new Resolution(values);
            Map<RunOption<?>, Object> all = new LinkedHashMap<>();
            for (RunOption<?> option : RunOptions.all()) {
                all.put(option, r.get(option));
            }
            RunDescription description = new RunDescription(all, new HashSet<>(values.keySet()), r.fromRecipe);
            RunRules.check(description);
            return description;
        }
    }

    /** Resolves each option once: the value set, else the recipe's, else the default; defaults may read others. */
    private static final class Resolution implements Resolver {
        private final Map<RunOption<?>, Object> set;
        private final Map<RunOption<?>, Object> resolved = new LinkedHashMap<>();
        private final Set<RunOption<?>> resolving = new HashSet<>();
        private final Set<RunOption<?>> fromRecipe = new LinkedHashSet<>();
        private Optional<Recipe> recipe;

        Resolution(Map<RunOption<?>, Object> set) {
            this.set = set;
        }

        @Override
        public DataKind kind() {
            return Dataset.kindOf(get(RunOptions.DATASET));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get(RunOption<V> option) {
            if (resolved.containsKey(option)) {
                return (V) resolved.get(option);
            }
            if (!resolving.add(option)) {
                throw new IllegalStateException("the default of run option " + option + " depends on itself");
            }
            Object value;
            if (set.containsKey(option)) {
                value = set.get(option);
            } else if (Recipe.maySet(option) && recipe().map(r -> r.settings().containsKey(option)).orElse(false)) {
                value = recipe().get().settings().get(option);
                fromRecipe.add(option);
            } else {
                value = option.fallback().rule().apply(this);
            }
            resolving.remove(option);
            resolved.put(option, value);
            return (V) value;
        }

        private Optional<Recipe> recipe() {
            if (recipe == null) {
                recipe = Recipes.byName(get(RunOptions.RECIPE));
            }
            return recipe;
        }
    }
}
