package org.gan4j.examples.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.checkpoint.DurableFiles;
import org.gan4j.core.eval.FeatureExtractor;
import org.gan4j.core.eval.ImageReference;
import org.gan4j.core.eval.ImageScore;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingConfig;
import org.gan4j.core.train.TrainingListener;

/**
 * Scores the generator every N steps and at the end with {@link ImageScore} (FID, KID, precision/recall,
 * density/coverage, and, where the features come with logits, class shares and Inception Score), appending a row to
 * {@code image-metrics.csv}, printing a line and sending the figures to TensorBoard. It costs a forward pass of
 * G and of the feature network over the samples, so it is off unless asked for. A resumed run whose file has other
 * columns (scored before the Inception Score existed, or with other features) gets the file rewritten with every
 * column of both, the figures a row lacks written as NaN.
 */
public final class ImageMetricsListener implements TrainingListener {
    private final long every;
    private final int samples;
    private final IntFunction<HostTensor> generator;
    private final FeatureExtractor features;
    private final ImageDataset train;
    private final ImageDataset test;
    private ImageReference reference;
    private final TensorBoardListener tensorBoard;
    private final java.io.PrintWriter console;
    private final Path csv;
    private long total;
    private ImageScore latest;

    /**
     * @param every steps between scores
     * @param samples generated images per score
     * @param generator draws that many images from the current generator
     * @param features the feature network
     * @param train the training split
     * @param test the test split
     * @param tensorBoard where the figures also go
     * @param console where a line per score goes
     * @param runFolder where {@code image-metrics.csv} goes
     */
    public ImageMetricsListener(long every, int samples, IntFunction<HostTensor> generator, FeatureExtractor features,
            ImageDataset train, ImageDataset test, TensorBoardListener tensorBoard, java.io.PrintWriter console,
            Path runFolder) {
        this.every = every;
        this.samples = samples;
        this.generator = generator;
        this.features = features;
        this.train = train;
        this.test = test;
        this.tensorBoard = tensorBoard;
        this.console = console;
        this.csv = runFolder.resolve("image-metrics.csv");
    }

    @Override
    public void onStart(TrainingConfig config, String backend) {
        total = config.steps();
    }

    @Override
    public void onStep(StepMetrics metrics) {
        long step = metrics.step() + 1;
        if (step % every == 0 || step == total) {
            score(step);
        }
    }

    private void score(long step) {
        if (reference == null) {
            reference = ImageReference.of(features, train, test, samples); // the same for every score of the run
        }
        latest = ImageScore.evaluate(features, generator.apply(samples), reference);
        Map<String, Double> figures = latest.asMap();
        tensorBoard.scalars(step, figures);
        console.printf(Locale.ROOT, "step %d: FID %.2f (floor %.2f), KID %.4f, precision %.3f, recall %.3f%s%s (%s)%n", step,
                latest.fid(), latest.fidFloor(), latest.kid(), latest.neighbours().precision(),
                latest.neighbours().recall(), latest.listsClasses() ? String.format(Locale.ROOT, ", smallest class %.1f%%",
                        100 * latest.smallestClassShare()) : "",
                latest.inceptionScore().map(is -> String.format(Locale.ROOT, ", IS %.2f", is.mean())).orElse(""),
                features.label());
        console.flush();
        try {
            append(step, figures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv, e);
        }
    }

    /** Appends a row; rewrites the file first when its header names other columns than these figures. */
    private void append(long step, Map<String, Double> figures) throws IOException {
        List<String> columns = new ArrayList<>(List.of("step"));
        columns.addAll(figures.keySet());
        if (Files.exists(csv)) {
            List<String> lines = Files.readAllLines(csv);
            List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).split(",", -1));
            if (!header.isEmpty() && !header.equals(columns)) {
                columns = rewriteWithColumnsOf(lines, header, columns);
            }
        }
        boolean header = !Files.exists(csv);
        try (Writer out = Files.newBufferedWriter(csv, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            if (header) {
                out.write(String.join(",", columns) + "\n");
            }
            StringBuilder row = new StringBuilder(Long.toString(step));
            for (String column : columns.subList(1, columns.size())) {
                row.append(',').append(String.format(Locale.ROOT, "%.6g", figures.getOrDefault(column, Double.NaN)));
            }
            out.write(row.append('\n').toString());
        }
    }

    /**
     * @return the union of the file's columns and the new ones, the file's first; the file rewritten (atomically)
     *     with it, the values its rows lack NaN
     */
    private List<String> rewriteWithColumnsOf(List<String> lines, List<String> header, List<String> columns)
            throws IOException {
        List<String> union = new ArrayList<>(header);
        columns.stream().filter(c -> !header.contains(c)).forEach(union::add);
        StringBuilder text = new StringBuilder(String.join(",", union)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            StringBuilder row = new StringBuilder(line);
            for (int i = header.size(); i < union.size(); i++) {
                row.append(",NaN");
            }
            text.append(row).append('\n');
        }
        Path temporary = csv.resolveSibling(csv.getFileName() + ".tmp");
        DurableFiles.write(temporary, text.toString().getBytes(StandardCharsets.UTF_8));
        DurableFiles.moveAtomically(temporary, csv);
        return union;
    }

    /** @return the last score, or null before the first */
    public ImageScore latest() {
        return latest;
    }
}
