package org.gan4j.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.core.data.DataFormatException;
import org.gan4j.core.data.DataNotFoundException;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.run.InvalidRunOptionException;
import org.gan4j.core.run.Memory;
import org.gan4j.examples.runfolder.IoReasons;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How {@code gan} ends on an error: exit code 2 for invalid usage (an argument, a setting, a provider, a data or
 * checkpoint file the user pointed at, found before the run starts), 1 for a run that failed while running
 * ({@link RunFailure}) or any other failure; and the message, one line with its cause and no stack trace: the
 * library's words with options named as the failed command names them, the command line's remedies, the reason
 * of an I/O failure ({@link IoReasons}), and what to do when memory runs out.
 */
final class ExitCodes {
    /** Exit code for invalid usage, as picocli uses for its own parse errors. */
    static final int INVALID_USAGE = 2;
    /** Exit code for a run that failed. */
    static final int FAILED = 1;
    /** The options that size what a command holds in memory, in the order a remedy lists them. */
    private static final List<String> SIZES = List.of("--batch-size", "--eval-samples", "--samples", "--n");

    private ExitCodes() {
    }

    /**
     * @param e what ended the command
     * @return its exit code
     */
    static int of(Throwable e) {
        return e instanceof GanException && !(e instanceof RunFailure) ? INVALID_USAGE : FAILED;
    }

    /**
     * @param e what ended the command: an exception or an error (out of memory)
     * @param command the command that failed, whose options the message names
     * @return the message to print, one line: what failed, with each cause's reason not already in it
     */
    static String message(Throwable e, CommandSpec command) {
        OutOfMemoryError memory = find(e, OutOfMemoryError.class);
        if (memory != null) {
            return outOfMemory(memory, command);
        }
        if (e instanceof InvalidRunOptionException invalid) {
            return invalid.messageNaming(key -> RunFlags.name(key, command));
        }
        if (e instanceof DataNotFoundException missing && missing.remedied()
                || e instanceof DataFormatException format && format.remedied()) {
            return e.getMessage();
        }
        if (e instanceof DataNotFoundException missing) {
            return e.getMessage() + "; " + (missing.folder().equals(ImageDataset.FASHION_MNIST)
                    ? "install Fashion-MNIST with 'sudo apt-get install dataset-fashion-mnist'"
                    : dataOptionFixes(command)
                    ? "point --data at a folder holding " + stem(missing) + ".gz or " + stem(missing)
                    : command.qualifiedName() + " reads the run's data from the folder it was trained on: put "
                            + stem(missing) + " (or its .gz) back there");
        }
        if (e instanceof DataFormatException) {
            return e.getMessage() + " Reinstall the data set (for Fashion-MNIST: apt-get install --reinstall "
                    + "dataset-fashion-mnist) or point to an intact copy.";
        }
        if (e instanceof GanException || e instanceof IOException || e instanceof UncheckedIOException) {
            FileSystemException io = find(e, FileSystemException.class); // the one that names a file
            return withCauses(e) + (io == null ? "" : source(io, command));
        }
        return "an internal error: " + withCauses(e) + where(e) + "; please report it with the command line";
    }

    /**
     * @return whether {@code --data} can name the missing data's folder: it was given (the data set it names), or the
     *     command takes a run's data from it ({@code gan train}, where a resumed run's data may have moved); {@code gan
     *     eval --run} reads the run's own folder, and its {@code --data} is for {@code --images}
     */
    private static boolean dataOptionFixes(CommandSpec command) {
        boolean given = command.commandLine() != null && command.commandLine().getParseResult() != null
                && command.commandLine().getParseResult().hasMatchedOption("--data");
        return command.findOption("--data") != null && (given || !command.name().equals("eval"));
    }

    /** @return the exception's own words, then each cause's reason that they do not already hold */
    private static String withCauses(Throwable e) {
        StringBuilder text = new StringBuilder(reason(e));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String reason = reason(cause);
            if (!text.toString().contains(reason)) {
                text.append(": ").append(reason);
            }
        }
        return text.toString();
    }

    private static String reason(Throwable e) {
        if (e instanceof IOException io) {
            return IoReasons.of(io);
        }
        if (e instanceof UncheckedIOException || e instanceof GanException) {
            return String.valueOf(e.getMessage());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** @return where a bug was thrown, for its report: " (at Class.method:line)" */
    private static String where(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "" : " (at " + trace[0].getClassName() + "." + trace[0].getMethodName() + ":"
                + trace[0].getLineNumber() + ")";
    }

    private static String outOfMemory(OutOfMemoryError e, CommandSpec command) {
        List<String> sizes = SIZES.stream().filter(flag -> command.findOption(flag) != null).toList();
        return "Java ran out of memory (" + e.getMessage() + "); its heap may grow to "
                + Memory.text(Runtime.getRuntime().maxMemory()) + ". " + Character.toUpperCase(HeapBudget.MORE_HEAP.charAt(0))
                + HeapBudget.MORE_HEAP.substring(1)
                + (sizes.isEmpty() ? "" : ", or ask for less with a smaller " + String.join(" or ", sizes));
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String stem(DataNotFoundException missing) {
        return missing.file().replace("[.gz]", "");
    }

    /**
     * @param e an I/O failure
     * @param command the command that failed
     * @return which of the command's path options the failed file is, is inside or is on the way to:
     *     " (given with --out)", " (--out runs/x)" (also for the temporary file written beside it), or ""
     */
    private static String source(IOException e, picocli.CommandLine.Model.CommandSpec command) {
        if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
            return "";
        }
        Path failed = Path.of(fs.getFile()).toAbsolutePath().normalize();
        for (var option : command.options()) {
            if (option.getValue() instanceof Path given) {
                Path path = given.toAbsolutePath().normalize();
                if (failed.equals(path)) {
                    return " (given with " + option.longestName() + ")";
                }
                boolean temporarySibling = path.getParent() != null && path.getParent().equals(failed.getParent())
                        && failed.getFileName().toString().contains(path.getFileName().toString());
                if (failed.startsWith(path) || path.startsWith(failed) || temporarySibling) {
                    return " (" + option.longestName() + " " + given + ")";
                }
            }
        }
        return "";
    }
}
