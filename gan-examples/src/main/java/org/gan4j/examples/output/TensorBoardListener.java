package org.gan4j.examples.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.report.TensorBoardEvents;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingListener;

/**
 * Writes a run's TensorBoard events into {@code <run>/tensorboard}: every step's metrics as scalars (tag = the
 * metric's name, e.g. {@code d_loss}), and image samples as a PNG grid under {@code samples}. Open it with
 * {@code tensorboard --logdir <run>/tensorboard}.
 */
public final class TensorBoardListener implements TrainingListener, AutoCloseable {
    private final TensorBoardEvents events;

    /** @param runFolder the run's output folder */
    public TensorBoardListener(Path runFolder) {
        events = new TensorBoardEvents(runFolder.resolve("tensorboard"));
    }

    @Override
    public void onStep(StepMetrics metrics) {
        metrics.values().forEach((name, value) -> events.scalar(metrics.step() + 1, name, value));
        events.scalar(metrics.step() + 1, "step_ms", metrics.stepMillis());
    }

    /**
     * @param step the step
     * @param values figures computed outside the training step (image metrics), by name
     */
    public void scalars(long step, java.util.Map<String, Double> values) {
        values.forEach((name, value) -> events.scalar(step, name, value));
    }

    @Override
    public void onSamples(long step, HostTensor samples) {
        if (samples.shape().rank() != 4) {
            return; // 2-D points have their scatter plots
        }
        var grid = ImageGrid.render(samples);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(grid, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the sample grid", e);
        }
        events.image(step, "samples", grid.getWidth(), grid.getHeight(), png.toByteArray());
    }

    @Override
    public void onEnd(double seconds) {
        events.close();
    }

    @Override
    public void close() {
        events.close();
    }
}
