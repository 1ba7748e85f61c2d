package org.gan4j.examples.cli;

import org.gan4j.api.GanException;
import org.gan4j.core.data.DataFormatException;
import org.gan4j.core.data.DataNotFoundException;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.run.InvalidRunOptionException;

/**
 * How {@code gan} ends on an error: exit code 2 for invalid usage (an argument, a setting, a provider, a data or
 * checkpoint file the user pointed at, found before the run starts), 1 for a run that failed while running
 * ({@link RunFailure}) or any other failure; and the message, with the command line's names for options and its
 * remedies added to what the library says.
 */
final class ExitCodes {
    /** Exit code for invalid usage, as picocli uses for its own parse errors. */
    static final int INVALID_USAGE = 2;
    /** Exit code for a run that failed. */
    static final int FAILED = 1;

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
     * @param e what ended the command
     * @return the message to print: the library's, with options named by their flags and the command line's remedy
     */
    static String message(Throwable e) {
        if (e instanceof InvalidRunOptionException invalid) {
            return invalid.messageNaming(RunFlags::name);
        }
        if (e instanceof DataNotFoundException missing) {
            return e.getMessage() + "; " + (missing.folder().equals(ImageDataset.FASHION_MNIST)
                    ? "install Fashion-MNIST with 'sudo apt-get install dataset-fashion-mnist'"
                    : "point --data at a folder holding " + stem(missing) + ".gz or " + stem(missing));
        }
        if (e instanceof DataFormatException) {
            return e.getMessage() + " Reinstall the data set (for Fashion-MNIST: apt-get install --reinstall "
                    + "dataset-fashion-mnist) or point to an intact copy.";
        }
        return String.valueOf(e.getMessage());
    }

    private static String stem(DataNotFoundException missing) {
        return missing.file().replace("[.gz]", "");
    }
}
