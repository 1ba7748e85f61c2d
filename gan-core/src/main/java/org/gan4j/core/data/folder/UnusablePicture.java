package org.gan4j.core.data.folder;

/** A picture that is skipped; the message says why, without the file's name (the listener gets that). */
final class UnusablePicture extends Exception {
    private static final long serialVersionUID = 1L;

    UnusablePicture(String reason) {
        super(reason, null, false, false);
    }
}
