package org.gan4j.core.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * File operations that survive a crash: forced to disk, and renamed atomically into place. Checkpoints use them,
 * and so does anything else a run writes through a temporary name (the exported generator).
 */
public final class DurableFiles {
    private DurableFiles() {
    }

    /**
     * Writes a new file and forces its content to disk.
     *
     * @param file a path that does not exist yet
     * @param content the bytes
     * @throws IOException if it cannot be written
     */
    public static void write(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries (new names, renames) to disk.
     *
     * @param folder the folder
     * @throws IOException if it cannot be forced
     */
    public static void syncFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a folder for reading; their renames are then as durable as they get.
            if (!Files.isDirectory(folder)) {
                throw e;
            }
        }
    }

    /**
     * Renames atomically, replacing the target if it exists (a folder only if it is empty), and forces the parent
     * folder.
     *
     * @param from the current name
     * @param to the new name
     * @throws IOException if the move fails
     */
    public static void moveAtomically(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(to.getParent());
    }

    /**
     * Deletes a folder and everything in it; nothing happens if it does not exist.
     *
     * @param root the folder
     * @throws IOException if something cannot be deleted
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
