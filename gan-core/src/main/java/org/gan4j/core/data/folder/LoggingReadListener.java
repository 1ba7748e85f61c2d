package org.gan4j.core.data.folder;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports a folder read through SLF4J, as a front end shows it: skipped pictures as warnings, notes and decoding
 * progress (at most one line every {@value #PROGRESS_SECONDS} seconds, and the last one) as information.
 */
public final class LoggingReadListener implements FolderReadListener {
    /** Seconds between progress lines. */
    public static final int PROGRESS_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ImageFolder.class);
    private long lastLine = System.nanoTime();

    @Override
    public void skipped(Path file, String reason) {
        LOG.warn("skipped {}: {}", PathText.show(file), reason);
    }

    @Override
    public void decoded(int done, int total) {
        long now = System.nanoTime();
        if (done == total || now - lastLine >= PROGRESS_SECONDS * 1_000_000_000L) {
            LOG.info("decoded {} of {} pictures", done, total);
            lastLine = now;
        }
    }

    @Override
    public void note(String message) {
        LOG.info(message);
    }
}
