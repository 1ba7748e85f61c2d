package org.gan4j.examples.runfolder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive right to write a run folder: an operating-system lock on {@code <folder>/.gan4j.lock}, held from
 * {@link #acquire} to {@link #close}. The system releases it when the process dies, however it dies, so a killed
 * run never leaves its folder locked. A second writer, in this process or another, is refused with a message that
 * names the holder (its process id, command and start time, which the holder writes into the file).
 *
 * <p>The file itself stays after release: deleting it would let two processes lock two different files of one name.
 * Within one process the held folders are also kept in a set and checked first, since on Linux closing any channel
 * to a locked file releases the process's lock on it.
 */
public final class RunFolderLock implements AutoCloseable {
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    private final Path key;
    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private RunFolderLock(Path folder, Path key, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the folder if needed and locks it.
     *
     * @param flag the option the folder was given with, for messages
     * @param folder the run folder
     * @param command what holds it, for the message a second writer gets (such as {@code gan train})
     * @return the held lock
     * @throws RunFolderException when another command holds it, or the folder cannot be created or locked
     */
    public static RunFolderLock acquire(String flag, Path folder, String command) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new RunFolderException(flag, folder, "it is a file, not a folder; name a new or empty folder");
        }
        Path file = folder.resolve(RunFiles.LOCK);
        Path key;
        try {
            Files.createDirectories(folder);
            key = folder.toRealPath();
        } catch (IOException e) {
            throw new RunFolderException(flag, folder, "cannot create the folder", e);
        }
        if (!HELD.add(key)) {
            throw new RunFolderException(flag, folder, "another command of this process is writing this run folder; "
                    + "wait for it to end, or choose another folder");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            HELD.remove(key);
            throw new RunFolderException(flag, folder, "cannot create its lock file", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process holds it already
        } catch (IOException e) {
            close(channel);
            HELD.remove(key);
            throw new RunFolderException(flag, folder, "cannot lock it", e);
        }
        if (lock == null) {
            close(channel);
            HELD.remove(key);
            String holder = holder(file);
            throw new RunFolderException(flag, folder, "another command is writing this run folder (" + holder
                    + "); wait for it to end, or choose another folder");
        }
        try {
            byte[] text = ("pid " + ProcessHandle.current().pid() + ", " + command + ", started "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n").getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text), 0);
            channel.force(false);
        } catch (IOException e) {
            close(channel);
            HELD.remove(key);
            throw new RunFolderException(flag, folder, "cannot write its lock file", e);
        }
        return new RunFolderLock(folder, key, channel, lock);
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "a process that is starting" : text;
        } catch (IOException e) {
            return "a process whose lock file cannot be read";
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }

    /** @return the locked folder */
    public Path folder() {
        return folder;
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        close(channel);
        HELD.remove(key);
    }
}
