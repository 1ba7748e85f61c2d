package org.gan4j.examples.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.examples.runfolder.RunFiles;

/**
 * What a run folder's files hold of its steps so far, read back so a resumed run's plots and TensorBoard events
 * are rebuilt from the same record ({@code metrics.csv}, {@code image-metrics.csv} and the sample pictures) and hold
 * every step exactly once.
 *
 * @param steps every row of {@code metrics.csv}, in order
 * @param scores every row of {@code image-metrics.csv}: the step, and the figures by name
 * @param samplePictures the {@code samples-N.png} files by step, in step order
 */
public record RunHistory(List<StepMetrics> steps, Map<Long, Map<String, Double>> scores,
        Map<Long, Path> samplePictures) {
    private static final String STEP = "step";
    private static final String STEP_MS = "step_ms";

    /**
     * @param folder a run folder
     * @return what its files hold (nothing for missing files)
     * @throws UncheckedIOException when a file cannot be read
     * @throws IllegalArgumentException naming the file and line when a row does not parse
     */
    public static RunHistory read(Path folder) {
        try {
            List<StepMetrics> steps = new ArrayList<>();
            for (Map<String, String> row : rows(folder.resolve(RunFiles.METRICS))) {
                Map<String, Double> values = new LinkedHashMap<>();
                row.forEach((k, v) -> {
                    if (!k.equals(STEP) && !k.equals(STEP_MS)) {
                        values.put(k, Double.parseDouble(v));
                    }
                });
                steps.add(new StepMetrics(Long.parseLong(row.get(STEP)), values, Double.parseDouble(row.get(STEP_MS))));
            }
            Map<Long, Map<String, Double>> scores = new LinkedHashMap<>();
            for (Map<String, String> row : rows(folder.resolve(RunFiles.IMAGE_METRICS))) {
                Map<String, Double> figures = new LinkedHashMap<>();
                row.forEach((k, v) -> {
                    if (!k.equals(STEP)) {
                        figures.put(k, Double.parseDouble(v));
                    }
                });
                scores.put(Long.parseLong(row.get(STEP)), figures);
            }
            Map<Long, Path> pictures = new java.util.TreeMap<>();
            try (Stream<Path> entries = Files.list(folder)) {
                entries.forEach(p -> {
                    OptionalLong step = RunFiles.samplesStep(p);
                    if (step.isPresent()) {
                        pictures.put(step.getAsLong(), p);
                    }
                });
            }
            return new RunHistory(steps, scores, pictures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outputs of the run in " + folder, e);
        }
    }

    /** @return the CSV file's rows as header name → text; none when the file does not exist */
    private static List<Map<String, String>> rows(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(csv);
        List<Map<String, String>> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return rows;
        }
        String[] header = lines.get(0).split(",", -1);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != header.length) {
                throw new IllegalArgumentException(csv + " line " + (i + 1) + " has " + cells.length + " values but its "
                        + "header names " + header.length);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], cells[c]);
            }
            rows.add(row);
        }
        return rows;
    }
}
