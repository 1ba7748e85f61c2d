package org.gan4j.examples.runfolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gan4j.core.checkpoint.DurableFiles;

/**
 * A new run's output folder, locked, and empty of any earlier run when training starts, so no file of another run
 * (a {@code metrics.csv} header, samples, TensorBoard events) is ever mixed into it.
 *
 * <p>An earlier run replaced with {@code --overwrite} is not deleted at once: {@link #replaceEarlierRun} moves its
 * entries into {@code .gan4j-replaced} (through {@code .gan4j-replaced.partial}, renamed when complete), and
 * {@link #end} deletes them only once the new run has a checkpoint; a new run that ends without one gets the old
 * run back. A process killed in between is settled by the next command that locks the folder
 * ({@link PendingReplace}).
 */
public final class FreshStart implements AutoCloseable {
    private final RunFolderLock lock;
    private final boolean created;
    private final Optional<String> settled;
    private boolean replaced;

    private FreshStart(RunFolderLock lock, boolean created, Optional<String> settled) {
        this.lock = lock;
        this.created = created;
        this.settled = settled;
    }

    /**
     * Locks a folder for a new run, refusing one that holds another run (unless {@code overwrite}) or files gan did
     * not write. Nothing is moved yet.
     *
     * @param flag the option the folder was given with
     * @param folder the folder
     * @param overwrite whether an earlier run there may be replaced
     * @param command the command, for the lock's holder and the remedies suggested
     * @return the locked folder
     * @throws RunFolderException when it cannot be used
     */
    public static FreshStart lock(String flag, Path folder, boolean overwrite, String command) {
        boolean existed = Files.exists(folder);
        RunFolderLock lock = RunFolderLock.acquire(flag, folder, command);
        Optional<String> settled;
        try {
            settled = PendingReplace.settle(folder);
            Optional<String> refusal = RunFolderContents.of(folder).refusal(command, overwrite);
            if (refusal.isPresent()) {
                throw new RunFolderException(flag, folder, refusal.get());
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        return new FreshStart(lock, !existed, settled);
    }

    /**
     * Locks the first free folder among {@code base}, {@code base-2}, {@code base-3}, ...: one that holds nothing
     * and no other command holds.
     *
     * @param base the default folder
     * @param command the command, for the lock's holder
     * @return the locked folder
     */
    public static FreshStart lockFirstFree(Path base, String command) {
        for (int i = 1; ; i++) {
            Path candidate = i == 1 ? base : base.resolveSibling(base.getFileName() + "-" + i);
            if (!RunFolderContents.of(candidate).isEmpty()) {
                continue;
            }
            try {
                return lock("--out", candidate, false, command);
            } catch (RunFolderException busyOrTaken) {
                if (i > 10_000) {
                    throw busyOrTaken;
                }
            }
        }
    }

    /** @return the locked folder */
    public Path folder() {
        return lock.folder();
    }

    /** @return a sentence for the user when locking settled a replacement a killed process left, else empty */
    public Optional<String> settled() {
        return settled;
    }

    /**
     * Moves an earlier run's entries aside, keeping them until {@link #end}. Call it once everything the new run
     * needs is built, just before it writes its first file.
     *
     * @return whether there was a run to move
     * @throws UncheckedIOException when an entry cannot be moved; the entries moved so far are moved back
     */
    public boolean replaceEarlierRun() {
        Path folder = folder();
        List<String> entries = RunFolderContents.of(folder).runEntries();
        if (entries.isEmpty()) {
            return false;
        }
        Path partial = folder.resolve(PendingReplace.PARTIAL);
        try {
            Files.createDirectories(partial);
            List<String> ordered = new ArrayList<>(entries);
            // checkpoints first: a complete checkpoint left in the folder then always belongs to the new run
            ordered.sort((a, b) -> Boolean.compare(!a.equals(RunFiles.CHECKPOINTS), !b.equals(RunFiles.CHECKPOINTS)));
            for (String name : ordered) {
                DurableFiles.moveAtomically(folder.resolve(name), partial.resolve(name));
            }
            DurableFiles.moveAtomically(partial, folder.resolve(RunFiles.REPLACED));
        } catch (IOException e) {
            PendingReplace.settle(folder);
            throw new UncheckedIOException("cannot move the earlier run in " + folder + " aside; it is left as it was",
                    e);
        }
        replaced = true;
        return true;
    }

    /**
     * Settles the folder when the new run ends, however it ends: the replaced run is deleted if the new run wrote a
     * checkpoint, and restored (the new run's files removed) if not.
     *
     * @return a sentence for the user when the earlier run was restored, else empty
     */
    public Optional<String> end() {
        if (!replaced) {
            return Optional.empty();
        }
        replaced = false;
        return PendingReplace.settle(folder());
    }

    /** Ends the run ({@link #end}) and releases the lock; a folder this start created and left empty is removed. */
    @Override
    public void close() {
        try {
            end();
        } finally {
            lock.close();
            if (created) {
                removeIfOnlyLock(folder());
            }
        }
    }

    private static void removeIfOnlyLock(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.allMatch(p -> p.getFileName().toString().equals(RunFiles.LOCK))) {
                Files.deleteIfExists(folder.resolve(RunFiles.LOCK));
                Files.deleteIfExists(folder);
            }
        } catch (IOException ignored) {
            // an empty folder left behind harms nothing
        }
    }
}
