package org.gan4j.core.data.folder;

/** A cache entry whose files do not fit together; the message says what is wrong, e.g. a pixels file too short. */
final class DamagedEntry extends Exception {
    private static final long serialVersionUID = 1L;

    DamagedEntry(String problem) {
        super(problem, null, false, false);
    }
}
