package org.gan4j.core.data;

import java.nio.file.Path;
import org.gan4j.api.GanException;

/** A data file is corrupt, truncated or of another format; the message names the file, the field, what was expected and what was found. */
public class DataFormatException extends GanException {
    private static final long serialVersionUID = 1L;

    private final boolean remedied;

    /**
     * @param file the file
     * @param field the part of the file at fault
     * @param expected what a valid file has there
     * @param found what this one has
     */
    public DataFormatException(Path file, String field, String expected, String found) {
        super("data file " + file + " is not a valid IDX file: " + field + " should be " + expected + " but is " + found
                + ".");
        remedied = false;
    }

    /**
     * For data other than IDX files (an image folder, its pictures, its cache).
     *
     * @param message what is wrong, naming the file or folder, the value found and the remedy
     */
    public DataFormatException(String message) {
        super(message);
        remedied = true;
    }

    /** @return whether the message says what to do already; an IDX file's says only what is wrong */
    public boolean remedied() {
        return remedied;
    }
}
