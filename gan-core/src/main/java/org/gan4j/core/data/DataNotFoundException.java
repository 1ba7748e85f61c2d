package org.gan4j.core.data;

import java.nio.file.Path;
import org.gan4j.api.GanException;

/** A data set's file is not in its folder; the message names the folder and the file. */
public class DataNotFoundException extends GanException {
    private static final long serialVersionUID = 1L;

    private final transient Path folder;
    private final String file;
    private final boolean remedied;

    /**
     * @param folder where the file was looked for
     * @param file the file's name, with {@code [.gz]} where a compressed copy would do
     */
    public DataNotFoundException(Path folder, String file) {
        super("no IDX file " + file + " in " + folder);
        this.folder = folder;
        this.file = file;
        this.remedied = false;
    }

    /**
     * For data other than IDX files (an image folder without pictures).
     *
     * @param folder where the data was looked for
     * @param file what was looked for there (e.g. {@code *.png})
     * @param message what is missing, naming the folder, and the remedy
     */
    public DataNotFoundException(Path folder, String file, String message) {
        super(message);
        this.folder = folder;
        this.file = file;
        this.remedied = true;
    }

    /** @return whether the message says what to do already; a missing IDX file's says only what is missing */
    public boolean remedied() {
        return remedied;
    }

    /** @return where the file was looked for */
    public Path folder() {
        return folder;
    }

    /** @return the file's name */
    public String file() {
        return file;
    }
}
