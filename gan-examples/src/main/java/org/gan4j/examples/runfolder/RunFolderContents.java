package org.gan4j.examples.runfolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.gan4j.core.checkpoint.CheckpointStore;

/**
 * What a folder holds, as far as starting a run in it is concerned: nothing (or only the lock), a run of
 * {@code gan}'s (its files, and the step of its newest complete checkpoint if it has one), or files {@code gan}
 * did not write, which no command ever deletes.
 *
 * @param folder the folder
 * @param runEntries the entries {@code gan} writes in a run folder, the lock file left out
 * @param foreignEntries every other entry
 * @param newestCheckpoint the step of the newest complete checkpoint, if any
 * @param finishedAt the step {@code summary.json} was written at, if it exists
 */
public record RunFolderContents(Path folder, List<String> runEntries, List<String> foreignEntries,
        OptionalLong newestCheckpoint, OptionalLong finishedAt) {
    /**
     * @param folder a folder, which need not exist
     * @return what it holds
     * @throws java.io.UncheckedIOException when it cannot be listed
     */
    public static RunFolderContents of(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new RunFolderContents(folder, List.of(), List.of(), OptionalLong.empty(), OptionalLong.empty());
        }
        List<String> names;
        try (Stream<Path> entries = Files.list(folder)) {
            names = entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + folder, e);
        }
        List<String> run = names.stream().filter(RunFiles::isRunFile).filter(n -> !n.equals(RunFiles.LOCK)).toList();
        List<String> foreign = names.stream().filter(n -> !RunFiles.isRunFile(n)).toList();
        List<Path> checkpoints = new CheckpointStore(folder.resolve(RunFiles.CHECKPOINTS), 1).checkpoints();
        OptionalLong newest = checkpoints.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(Long.parseLong(checkpoints.get(checkpoints.size() - 1).getFileName().toString()
                        .substring("step-".length())));
        return new RunFolderContents(folder, run, foreign, newest, SummarySteps.of(folder.resolve(RunFiles.SUMMARY)));
    }

    /** @return whether a new run may start here without replacing anything */
    public boolean isEmpty() {
        return runEntries.isEmpty() && foreignEntries.isEmpty();
    }

    /** @return whether the run's outputs are complete at its newest checkpoint */
    public boolean isFinished() {
        return newestCheckpoint.isPresent() && finishedAt.equals(newestCheckpoint);
    }

    /**
     * Why a new run may not start here, and what works instead.
     *
     * @param command how to name this folder in the commands suggested
     * @param overwrite whether the new run was told to replace a run
     * @return the reason and remedy, or empty when the new run may start (an empty folder, or a run to replace)
     */
    public java.util.Optional<String> refusal(String command, boolean overwrite) {
        if (!foreignEntries.isEmpty()) {
            return java.util.Optional.of("it holds files that gan did not write (" + abbreviate(foreignEntries)
                    + "), which it never deletes or mixes with a run; name a new or empty folder");
        }
        if (runEntries.isEmpty() || overwrite) {
            return java.util.Optional.empty();
        }
        String elsewhere = "write elsewhere with --out DIR, or pass --overwrite to replace it";
        if (newestCheckpoint.isEmpty()) {
            return java.util.Optional.of("it holds the output of a run that stopped before its first checkpoint ("
                    + abbreviate(runEntries) + "), which cannot be resumed; " + elsewhere);
        }
        long step = newestCheckpoint.getAsLong();
        if (isFinished()) {
            return java.util.Optional.of("it holds a run that finished at step " + step + ". Train it further with '"
                    + command + " --resume " + folder + " --steps N' (N > " + step + "), " + elsewhere);
        }
        return java.util.Optional.of("it holds a run with checkpoints up to step " + step + ". Continue it with '"
                + command + " --resume " + folder + "', " + elsewhere);
    }

    private static String abbreviate(List<String> names) {
        return names.size() <= 4 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 4)) + " and " + (names.size() - 4) + " more";
    }
}
