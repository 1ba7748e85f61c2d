package org.gan4j.core.checkpoint;

import java.util.List;
import org.gan4j.api.GanException;

/**
 * A checkpoint was made by a different architecture than the run it is restored into: some variables are
 * missing, extra or of another shape. Raised before any variable is written.
 */
public class CheckpointMismatchException extends GanException {
    private static final long serialVersionUID = 1L;
    private final List<String> differences;

    /**
     * @param checkpoint the checkpoint's folder, for the message
     * @param differences one line per differing variable
     */
    public CheckpointMismatchException(String checkpoint, List<String> differences) {
        super("checkpoint " + checkpoint + " does not fit this model; " + differences.size()
                + " variable(s) differ:\n  " + String.join("\n  ", differences)
                + "\nNothing was restored. Resume with the configuration the checkpoint was made with "
                + "(its manifest.properties lists it), or start a new run.");
        this.differences = List.copyOf(differences);
    }

    /** @return one line per differing variable */
    public List<String> differences() {
        return differences;
    }
}
