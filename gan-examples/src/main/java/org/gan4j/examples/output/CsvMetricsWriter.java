package org.gan4j.examples.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingListener;

/**
 * Writes one CSV row per step: {@code step,step_ms,<metric>...}, header from the first step's metric names.
 * Values are written with full float precision ({@link Double#toString}), so two files compare bit for bit.
 * Each row is flushed as it is written, so a checkpoint never runs ahead of the file.
 */
public final class CsvMetricsWriter implements TrainingListener, AutoCloseable {
    private final BufferedWriter out;
    private final Path file;
    private String header;

    /**
     * @param file the CSV file, created or truncated
     * @throws IOException if it cannot be opened
     */
    public CsvMetricsWriter(Path file) throws IOException {
        this(Files.newBufferedWriter(file), file, null);
    }

    private CsvMetricsWriter(BufferedWriter out, Path file, String header) {
        this.out = out;
        this.file = file;
        this.header = header;
    }

    /**
     * Continues a resumed run's file: keeps the header and the rows of steps before {@code fromStep} (a run killed
     * after its last checkpoint wrote rows that will be trained again), then appends. The kept part is written to a
     * temporary file and renamed over the old one, so a crash here loses no row. The first step's header must equal
     * the kept one, or the step is refused before any row is written.
     *
     * @param file the run's CSV file; started afresh if it does not exist
     * @param fromStep the first step the resumed run will train
     * @return a writer that appends
     * @throws IOException if it cannot be rewritten
     */
    public static CsvMetricsWriter resuming(Path file, long fromStep) throws IOException {
        if (!Files.exists(file)) {
            return new CsvMetricsWriter(file);
        }
        List<String> lines = Files.readAllLines(file);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 || stepOf(line) < fromStep) {
                kept.add(line);
            }
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, kept);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new CsvMetricsWriter(Files.newBufferedWriter(file, StandardOpenOption.APPEND), file,
                kept.isEmpty() ? null : kept.get(0));
    }

    /** @return the row's step, or {@code Long.MAX_VALUE} for a row cut short by a crash */
    private static long stepOf(String row) {
        int comma = row.indexOf(',');
        try {
            return comma < 0 ? Long.MAX_VALUE : Long.parseLong(row.substring(0, comma));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public void onStep(StepMetrics metrics) {
        try {
            String names = "step,step_ms," + String.join(",", metrics.values().keySet());
            if (header == null) {
                out.write(names);
                out.newLine();
                header = names;
            } else if (!header.equals(names)) {
                throw new IllegalStateException(file + " has the columns '" + header + "', but this run reports '"
                        + names + "'; the file belongs to another run. Nothing was written to it");
            }
            StringBuilder row = new StringBuilder().append(metrics.step()).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", metrics.stepMillis()));
            metrics.values().values().forEach(v -> row.append(',').append(v));
            out.write(row.toString());
            out.newLine();
            out.flush(); // a checkpoint taken after this step must find its row on disk
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
