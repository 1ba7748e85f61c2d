package org.gan4j.examples.runfolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.checkpoint.DurableFiles;

/**
 * Cuts a run folder's outputs back to the checkpoint a run resumes from, so that what the resumed run writes joins
 * them with no step lost or written twice. Resuming from an older checkpoint than the newest (a rewind) abandons the
 * run's later timeline: its checkpoints, and the summary, exported generator and scores made from it, are deleted,
 * and the caller is told so. In every case the sample pictures and image scores of later steps are removed, since
 * the resumed run draws them again ({@code metrics.csv} is cut by {@code CsvMetricsWriter.resuming}).
 */
public final class ResumedOutputs {
    private ResumedOutputs() {
    }

    /**
     * @param folder the locked run folder
     * @param store its checkpoint store
     * @param step the step of the checkpoint the run resumes from
     * @return a sentence for the user when a later timeline was abandoned, else empty
     * @throws UncheckedIOException when a file cannot be cut or deleted
     */
    public static java.util.Optional<String> cutBackTo(Path folder, CheckpointStore store, long step) {
        List<String> abandoned = store.discardAfter(step);
        try {
            List<String> removed = new ArrayList<>();
            if (!abandoned.isEmpty()) {
                for (String name : List.of(RunFiles.SUMMARY, RunFiles.GENERATOR)) {
                    if (Files.exists(folder.resolve(name))) {
                        DurableFiles.deleteTree(folder.resolve(name));
                        removed.add(name);
                    }
                }
            }
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path p : entries.toList()) {
                    OptionalLong drawn = RunFiles.samplesStep(p);
                    if (drawn.isPresent() && drawn.getAsLong() > step) {
                        Files.delete(p);
                    }
                }
            }
            keepScoresUpTo(folder.resolve(RunFiles.IMAGE_METRICS), step);
            if (abandoned.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of("rewinding to step " + step + ": the run's later timeline is abandoned, so its "
                    + "checkpoints " + String.join(", ", abandoned) + (removed.isEmpty() ? "" : "; its " + String.join(
                            " and ", removed)) + "; and its metrics, scores and pictures after step " + step
                    + " are deleted");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the outputs in " + folder + " back to step " + step, e);
        }
    }

    /** Keeps the header and the rows of steps up to {@code step}, rewriting the file through a temporary one. */
    private static void keepScoresUpTo(Path csv, long step) throws IOException {
        if (!Files.exists(csv)) {
            return;
        }
        List<String> lines = Files.readAllLines(csv);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int comma = line.indexOf(',');
            if (i == 0 || (comma > 0 && line.substring(0, comma).matches("\\d+")
                    && Long.parseLong(line.substring(0, comma)) <= step)) {
                kept.add(line);
            }
        }
        if (kept.size() == lines.size()) {
            return;
        }
        Path temporary = csv.resolveSibling(csv.getFileName() + ".tmp");
        Files.write(temporary, kept);
        Files.move(temporary, csv, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
