package org.gan4j.examples.runfolder;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An I/O error's reason in words, with the file it names, for messages that keep their cause. */
final class IoReasons {
    private IoReasons() {
    }

    /**
     * @param e the error
     * @return for example {@code /a/b: permission denied} or {@code No space left on device}
     */
    static String of(IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "no such file or folder";
        } else if (e instanceof NotDirectoryException) {
            reason = "not a folder";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "already exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            reason = "folder not empty";
        } else if (e instanceof FileSystemException fs) {
            reason = fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
        } else {
            reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        return e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " + reason : reason;
    }
}
