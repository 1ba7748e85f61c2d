package org.gan4j.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gan4j.core.checkpoint.CheckpointManifest;
import org.gan4j.core.checkpoint.CheckpointStore;

/**
 * Where a saved run's state and output are, found from what the user points at: a run folder (its newest
 * checkpoint) or one of its {@code checkpoints/step-N} folders.
 *
 * @param runFolder the run's output folder, where metrics, plots and new checkpoints go
 * @param checkpoint the checkpoint to read
 */
record ResumePoint(Path runFolder, Path checkpoint) {
    /**
     * The run folder a path names, without reading any checkpoint: the folder itself, or for one of its
     * {@code checkpoints/step-N} folders the run folder above it. Lock it before {@link #locate}.
     *
     * @param dir what the user pointed at
     * @return the run folder
     */
    static Path runFolderOf(Path dir) {
        boolean checkpoint = Files.isRegularFile(dir.resolve(CheckpointManifest.FILE))
                || Files.isRegularFile(dir.resolve(CheckpointManifest.DATA_FILE));
        Path absolute = dir.toAbsolutePath().normalize();
        return checkpoint && absolute.getParent() != null && absolute.getParent().getParent() != null
                ? absolute.getParent().getParent() : dir;
    }

    /**
     * @param flag the option the folder was given with, for messages
     * @param dir the folder
     * @return where the run and its checkpoint are
     * @throws InvalidArgumentException when the folder is neither a run nor one of its checkpoints
     */
    static ResumePoint locate(String flag, Path dir) {
        if (Files.isDirectory(dir.resolve("checkpoints"))) {
            CheckpointStore store = new CheckpointStore(dir.resolve("checkpoints"), 1);
            Path newest = store.newest().orElseThrow(() -> new InvalidArgumentException(flag, dir,
                    "its checkpoints/ folder holds no complete checkpoint; start the run again"));
            return new ResumePoint(dir, newest);
        }
        if (Files.isRegularFile(dir.resolve(CheckpointManifest.FILE))
                || Files.isRegularFile(dir.resolve(CheckpointManifest.DATA_FILE))) {
            Path absolute = dir.toAbsolutePath().normalize();
            if (absolute.getParent() == null || absolute.getParent().getParent() == null) {
                throw new InvalidArgumentException(flag, dir, "it is a checkpoint outside a run folder; pass a folder "
                        + "written by gan train");
            }
            return new ResumePoint(absolute.getParent().getParent(), dir);
        }
        throw new InvalidArgumentException(flag, dir, "it must be a run's output folder (with a checkpoints/ folder) "
                + "or one of its checkpoints/step-N folders");
    }
}
