package org.gan4j.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.gan4j.core.run.OptionType;
import org.gan4j.core.run.RunDescription;
import org.gan4j.core.run.RunOption;
import org.gan4j.core.run.RunOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's run options, generated from {@link RunOptions}: one flag per option that has one, its help text
 * (with the defaults per kind of data) from the table, and its value read into a {@link RunDescription.Builder}.
 * A command names the options it takes with a {@link CommandLine.IModelTransformer}: {@link ForTrain} or
 * {@link ForStudy}.
 */
final class RunFlags {
    private RunFlags() {
    }

    /** Every run option with a flag: what {@code gan train} takes. */
    static final Predicate<RunOption<?>> TRAIN = o -> true;

    /**
     * What {@code gan study} takes: the model and schedule options. It sets the data set, loss, regularizers and seed
     * itself, per combination, and runs without checkpoints, sample pictures or image scores.
     */
    static final Predicate<RunOption<?>> STUDY = o -> !List.of(RunOptions.DATASET, RunOptions.DATA, RunOptions.LOSS,
            RunOptions.REGULARIZERS, RunOptions.SEED, RunOptions.SAMPLE_EVERY, RunOptions.CHECKPOINT_EVERY,
            RunOptions.KEEP_CHECKPOINTS, RunOptions.DIVERGENCE_LIMIT, RunOptions.EVAL_EVERY, RunOptions.EVAL_SAMPLES)
            .contains(o);

    /** Adds {@code gan train}'s run options before the command's own. */
    static final class ForTrain implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            return withRunOptions(spec, TRAIN);
        }
    }

    /** Adds {@code gan study}'s run options after the command's own. */
    static final class ForStudy implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            for (RunOption<?> option : RunOptions.all()) {
                if (option.flag() != null && STUDY.test(option)) {
                    spec.addOption(flagOf(option));
                }
            }
            return spec;
        }
    }

    /** Adds the backend option alone, for the commands that run a backend but train nothing. */
    static final class ForBackend implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            spec.addOption(flagOf(RunOptions.BACKEND));
            return spec;
        }
    }

    /**
     * @param given the parsed command line of a command with {@link ForBackend}
     * @param registry where the backend comes from
     * @return the backend the command line chose, with its settings
     */
    static org.gan4j.api.spi.Backend backend(CommandLine.ParseResult given, org.gan4j.core.registry.PluginRegistry registry) {
        RunDescription run = read(given, o -> o == RunOptions.BACKEND, RunDescription.builder()).build();
        return new org.gan4j.core.run.RunAssembly(run, registry).backend();
    }

    private static CommandSpec withRunOptions(CommandSpec spec, Predicate<RunOption<?>> which) {
        List<OptionSpec> own = new ArrayList<>(spec.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp()).toList());
        List<OptionSpec> help = new ArrayList<>(spec.options().stream().filter(o -> o.usageHelp() || o.versionHelp()).toList());
        own.forEach(spec::remove);
        help.forEach(spec::remove);
        for (RunOption<?> option : RunOptions.all()) {
            if (option.flag() != null && which.test(option)) {
                spec.addOption(flagOf(option));
            }
        }
        own.forEach(spec::addOption);
        help.forEach(spec::addOption);
        return spec;
    }

    private static OptionSpec flagOf(RunOption<?> option) {
        OptionSpec.Builder b = OptionSpec.builder(option.flag()).paramLabel(option.label())
                .description(option.helpWithDefault());
        if (option.type() == OptionType.PROVIDERS) {
            return b.type(List.class).auxiliaryTypes(String.class).build();
        }
        // read as text: the option's own rule (RunOption.parse) judges numbers too, "--steps = abc is invalid; it must be ..."
        return b.type(String.class).build();
    }

    /**
     * @param given the parsed command line
     * @param which the options to read
     * @return the run options the command line gives, in table order
     */
    static List<RunOption<?>> given(CommandLine.ParseResult given, Predicate<RunOption<?>> which) {
        return RunOptions.all().stream().filter(o -> o.flag() != null && which.test(o) && given.hasMatchedOption(o.flag()))
                .toList();
    }

    /**
     * Sets the options the command line gives.
     *
     * @param given the parsed command line
     * @param which the options to read
     * @param into the description being built
     * @return {@code into}
     * @throws org.gan4j.core.run.InvalidRunOptionException naming the option when a value is not allowed
     */
    static RunDescription.Builder read(CommandLine.ParseResult given, Predicate<RunOption<?>> which,
            RunDescription.Builder into) {
        for (RunOption<?> option : given(given, which)) {
            into.parse(option, String.join(";", given.matchedOption(option.flag()).stringValues()));
        }
        return into;
    }

    /**
     * @param key a run option's key
     * @param command the command whose message names it
     * @return how that command names it: its flag where the command offers it, else as a setting of the run
     *     ({@code gan eval} has no {@code --data}: "the run's data")
     */
    static String name(String key, CommandSpec command) {
        return RunOptions.byKey(key).map(RunOption::flag).filter(flag -> command.findOption(flag) != null)
                .orElse("the run's " + key);
    }
}
