package org.gan4j.examples.runfolder;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * An I/O failure in words that keep its reason. Java's file exceptions often hold only the path (an
 * {@link AccessDeniedException}'s message is the file's name, nothing more) and carry the reason in their type;
 * this says it: "/ro/grid.png: permission denied", "runs/x: it already exists, as a file", and keeps the
 * system's own words where there are some ("No space left on device", "Is a directory").
 */
public final class IoReasons {
    private IoReasons() {
    }

    /**
     * @param e an I/O failure
     * @return what failed and why, one line
     */
    public static String of(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() == null) {
            String file = fs.getOtherFile() == null ? fs.getFile() : fs.getFile() + " -> " + fs.getOtherFile();
            return file + ": " + reasonOf(fs);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String reasonOf(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return e.getFile() != null && Files.isRegularFile(Path.of(e.getFile())) ? "it already exists, as a file"
                    : "it already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        return e.getClass().getSimpleName();
    }
}
