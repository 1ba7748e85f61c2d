package org.gan4j.examples.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.eval.FrozenClassifier;
import org.gan4j.core.eval.ImageReference;
import org.gan4j.core.eval.ImageScore;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingConfig;
import org.gan4j.core.train.TrainingListener;

/**
 * Scores the generator every N steps and at the end with {@link ImageScore} (FID, KID, precision/recall,
 * density/coverage, class shares on the frozen classifier's features), appending a row to
 * {@code image-metrics.csv}, printing a line and sending the figures to TensorBoard. It costs a forward pass of
 * G and of the classifier over the samples, so it is off unless asked for.
 */
public final class ImageMetricsListener implements TrainingListener {
    private final long every;
    private final int samples;
    private final IntFunction<HostTensor> generator;
    private final FrozenClassifier classifier;
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
     * @param classifier the feature network
     * @param train the training split
     * @param test the test split
     * @param tensorBoard where the figures also go
     * @param console where a line per score goes
     * @param runFolder where {@code image-metrics.csv} goes
     */
    public ImageMetricsListener(long every, int samples, IntFunction<HostTensor> generator, FrozenClassifier classifier,
            ImageDataset train, ImageDataset test, TensorBoardListener tensorBoard, java.io.PrintWriter console,
            Path runFolder) {
        this.every = every;
        this.samples = samples;
        this.generator = generator;
        this.classifier = classifier;
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
            reference = ImageReference.of(classifier, train, test, samples); // the same for every score of the run
        }
        latest = ImageScore.evaluate(classifier, generator.apply(samples), reference);
        Map<String, Double> figures = latest.asMap();
        tensorBoard.scalars(step, figures);
        console.printf(Locale.ROOT, "step %d: FID %.2f (floor %.2f), KID %.4f, precision %.3f, recall %.3f, smallest class "
                + "%.1f%% (classifier features, not Inception)%n", step, latest.fid(), latest.fidFloor(), latest.kid(),
                latest.neighbours().precision(), latest.neighbours().recall(), 100 * latest.smallestClassShare());
        console.flush();
        try {
            boolean header = !Files.exists(csv);
            try (Writer out = Files.newBufferedWriter(csv, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                if (header) {
                    out.write("step," + String.join(",", figures.keySet()) + "\n");
                }
                StringBuilder row = new StringBuilder(Long.toString(step));
                figures.values().forEach(v -> row.append(',').append(String.format(Locale.ROOT, "%.6g", v)));
                out.write(row.append('\n').toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv, e);
        }
    }

    /** @return the last score, or null before the first */
    public ImageScore latest() {
        return latest;
    }
}
