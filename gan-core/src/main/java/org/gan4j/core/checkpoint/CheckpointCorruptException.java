package org.gan4j.core.checkpoint;

import java.nio.file.Path;
import org.gan4j.api.GanException;

/** A checkpoint's files are missing, truncated or altered; nothing was restored from it. */
public class CheckpointCorruptException extends GanException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    /**
     * @param file the file (or folder) at fault
     * @param problem what is wrong with it, with the value found
     * @param remedy what the user can do
     */
    public CheckpointCorruptException(Path file, String problem, String remedy) {
        super("checkpoint file " + file + " is unusable: " + problem + ". " + remedy);
        this.file = file;
    }

    /** @return the file (or folder) at fault */
    public Path file() {
        return file;
    }
}
