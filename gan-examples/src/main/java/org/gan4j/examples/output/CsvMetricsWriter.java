package org.gan4j.examples.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingListener;

/**
 * Writes one CSV row per step: {@code step,step_ms,<metric>...}, header from the first step's metric names.
 * Values are written with full float precision ({@link Double#toString}), so two files compare bit for bit.
 */
public final class CsvMetricsWriter implements TrainingListener, AutoCloseable {
    private final BufferedWriter out;
    private boolean headerWritten;

    /**
     * @param file the CSV file, created or truncated
     * @throws IOException if it cannot be opened
     */
    public CsvMetricsWriter(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file);
    }

    @Override
    public void onStep(StepMetrics metrics) {
        try {
            if (!headerWritten) {
                out.write("step,step_ms," + String.join(",", metrics.values().keySet()));
                out.newLine();
                headerWritten = true;
            }
            StringBuilder row = new StringBuilder().append(metrics.step()).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", metrics.stepMillis()));
            metrics.values().values().forEach(v -> row.append(',').append(v));
            out.write(row.toString());
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metrics file", e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
