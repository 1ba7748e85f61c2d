package org.gan4j.examples.runfolder;

import org.gan4j.api.GanException;

/**
 * A run folder cannot be used as asked: it is held by another command, holds another run or files {@code gan} did
 * not write, or is not a folder. The message names the option, the folder and what to do; nothing was changed.
 */
public final class RunFolderException extends GanException {
    private static final long serialVersionUID = 1L;

    /**
     * @param flag the option the folder was given with, such as {@code --out}
     * @param folder the folder
     * @param reason why it cannot be used, and the remedy
     */
    public RunFolderException(String flag, java.nio.file.Path folder, String reason) {
        super(flag + " " + folder + ": " + reason);
    }

    /**
     * @param flag the option the folder was given with
     * @param folder the folder
     * @param reason what failed
     * @param cause the I/O error, whose reason is kept in the message
     */
    public RunFolderException(String flag, java.nio.file.Path folder, String reason, java.io.IOException cause) {
        super(flag + " " + folder + ": " + reason + " (" + IoReasons.of(cause) + ")", cause);
    }
}
