package org.gan4j.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What {@code gan} prints when its command line cannot be parsed (an unknown option, a missing value, a word where
 * a number belongs): the error in one line, picocli's suggestions for a misspelt option, and where the usage is,
 * instead of the whole usage text. Exit code 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + text(e));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("see '" + name + " --help'");
        err.flush();
        return ExitCodes.INVALID_USAGE;
    }

    /** @return the error, in the words of the other messages where a value did not convert */
    static String text(CommandLine.ParameterException e) {
        if (e.getCause() instanceof CommandLine.TypeConversionException && e.getArgSpec() instanceof OptionSpec option) {
            return option.longestName() + " = " + e.getValue() + " is invalid; it must be " + noun(option.type());
        }
        return e.getMessage();
    }

    private static String noun(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
