package org.gan4j.core.data.folder;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/** Collects the pictures under one class folder for {@link FolderScan}, skipping what cannot be read. */
final class PictureVisitor extends SimpleFileVisitor<Path> {
    private final FolderScan scan;
    private final Path start;
    private final int label;
    private final List<Picture> found;

    PictureVisitor(FolderScan scan, Path start, int label, List<Picture> found) {
        this.scan = scan;
        this.start = start;
        this.label = label;
        this.found = found;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (dir.equals(start)) {
            return FileVisitResult.CONTINUE;
        }
        if (FolderScan.hidden(dir)) {
            scan.ignore(dir, true);
            return FileVisitResult.SKIP_SUBTREE;
        }
        if (scan.leadsToFolder(dir)) {
            scan.skip(dir, scan.loopReason(dir));
            return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (FolderScan.hidden(file) || !FolderScan.picture(file)) {
            scan.ignore(file, attrs.isDirectory());
        } else if (attrs.isRegularFile()) {
            found.add(scan.picture(file, label, attrs.size(), attrs.lastModifiedTime()));
        } else if (attrs.isSymbolicLink()) {
            scan.skip(file, "a symbolic link to a file that does not exist");
        } else {
            scan.skip(file, "not a regular file (a FIFO, socket or device), so it is not opened");
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException exc) {
        if (exc instanceof FileSystemLoopException) {
            scan.skip(file, "a symbolic link loop (it leads back to a folder that holds it); it is not"
                    + " followed");
        } else {
            scan.skip(file, "cannot be read: " + IoText.reason(exc));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
        if (exc != null) {
            scan.skip(dir, "its listing failed part-way: " + IoText.reason(exc));
        }
        return FileVisitResult.CONTINUE;
    }
}
