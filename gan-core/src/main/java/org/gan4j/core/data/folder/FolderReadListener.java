package org.gan4j.core.data.folder;

import java.nio.file.Path;

/**
 * What {@link ImageFolder#read} tells its caller while it reads: pictures skipped, decoding progress, notes. Every
 * call comes from the thread that called {@code read}, in order; the methods do nothing unless overridden.
 *
 * @since 0.1
 */
public interface FolderReadListener {
    /** A listener that ignores everything. */
    FolderReadListener NONE = new FolderReadListener() {
    };

    /**
     * A picture, link or folder was left out and the read goes on without it.
     *
     * @param file what was left out; show it with {@link PathText#show}, which escapes names that are not valid UTF-8
     * @param reason why, e.g. {@code an empty file (0 bytes)}
     */
    default void skipped(Path file, String reason) {
    }

    /**
     * Progress of decoding; called after each picture, decoded or skipped.
     *
     * @param done pictures handled so far
     * @param total pictures to decode
     */
    default void decoded(int done, int total) {
    }

    /**
     * Something the user should know that is not about one picture: files ignored by their name, the cache used,
     * pictures skipped when the cache was made.
     *
     * @param message one sentence or two
     */
    default void note(String message) {
    }
}
