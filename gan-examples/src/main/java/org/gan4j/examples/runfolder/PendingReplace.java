package org.gan4j.examples.runfolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.gan4j.core.checkpoint.DurableFiles;

/**
 * Finishes a replacement that a process began with {@code --overwrite} ({@link FreshStart}) and did not end: call it
 * with the folder's lock held.
 *
 * <ul>
 *   <li>{@code .gan4j-replaced.partial}: the old run was being moved aside and the new run never started; every
 *       entry goes back.</li>
 *   <li>{@code .gan4j-replaced} and a complete checkpoint in the folder: the new run has something to replace the
 *       old one with; the old one is deleted.</li>
 *   <li>{@code .gan4j-replaced} and no checkpoint: the new run's files are removed and the old run goes back.</li>
 * </ul>
 */
public final class PendingReplace {
    static final String PARTIAL = RunFiles.REPLACED_PARTIAL;

    private PendingReplace() {
    }

    /**
     * @param folder a locked run folder
     * @return a sentence for the user when an earlier run was restored, else empty
     * @throws UncheckedIOException when the folder cannot be settled
     */
    public static Optional<String> settle(Path folder) {
        try {
            Path partial = folder.resolve(PARTIAL);
            if (Files.isDirectory(partial)) {
                moveBack(partial, folder);
                return Optional.of("the run in " + folder + " was being replaced when its process ended; it is restored");
            }
            Path replaced = folder.resolve(RunFiles.REPLACED);
            if (!Files.isDirectory(replaced)) {
                return Optional.empty();
            }
            if (RunFolderContents.of(folder).newestCheckpoint().isPresent()) {
                DurableFiles.deleteTree(replaced);
                return Optional.empty();
            }
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path p : entries.toList()) {
                    String name = p.getFileName().toString();
                    if (RunFiles.isRunFile(name) && !name.equals(RunFiles.LOCK) && !name.equals(RunFiles.REPLACED)) {
                        DurableFiles.deleteTree(p);
                    }
                }
            }
            moveBack(replaced, folder);
            return Optional.of("the new run ended before its first checkpoint, so its files are removed and the run it "
                    + "was to replace, in " + folder + ", is restored");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot settle the replaced run in " + folder + " (see "
                    + RunFiles.REPLACED + ")", e);
        }
    }

    private static void moveBack(Path aside, Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(aside)) {
            for (Path p : entries.toList()) {
                DurableFiles.moveAtomically(p, folder.resolve(p.getFileName()));
            }
        }
        Files.delete(aside);
    }
}
