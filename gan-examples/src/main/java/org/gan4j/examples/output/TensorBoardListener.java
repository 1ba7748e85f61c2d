package org.gan4j.examples.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.checkpoint.DurableFiles;
import org.gan4j.core.report.TensorBoardEvents;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingListener;
import org.gan4j.examples.runfolder.RunFiles;

/**
 * Writes a run's TensorBoard events into {@code <run>/tensorboard}: every step's metrics as scalars (tag = the
 * metric's name, e.g. {@code d_loss}), and image samples as a PNG grid under {@code samples}. Open it with
 * {@code tensorboard --logdir <run>/tensorboard}. A resumed run starts the folder anew from the run's own record
 * ({@link #resuming}), so every step is in it exactly once.
 */
public final class TensorBoardListener implements TrainingListener, AutoCloseable {
    private final TensorBoardEvents events;

    /** @param runFolder the run's output folder */
    public TensorBoardListener(Path runFolder) {
        events = new TensorBoardEvents(runFolder.resolve(RunFiles.TENSORBOARD));
    }

    /**
     * For a resumed run: deletes the folder's event files, which may hold steps the resumed run trains again, and
     * writes the steps, scores and sample pictures of the run's record into a new one.
     *
     * @param runFolder the run's output folder
     * @param history what the run's files hold of its steps so far
     * @param images whether the run draws images, whose sample pictures are in the events too (a mixture's scatter
     *     plots are not)
     * @return a listener that goes on from there
     * @throws UncheckedIOException when the old events cannot be deleted or a picture read
     */
    public static TensorBoardListener resuming(Path runFolder, RunHistory history, boolean images) {
        Path folder = runFolder.resolve(RunFiles.TENSORBOARD);
        try {
            DurableFiles.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the TensorBoard events in " + folder, e);
        }
        TensorBoardListener listener = new TensorBoardListener(runFolder);
        history.steps().forEach(listener::onStep);
        history.scores().forEach(listener::scalars);
        (images ? history.samplePictures() : java.util.Map.<Long, Path>of()).forEach((step, png) -> {
            try {
                byte[] bytes = Files.readAllBytes(png);
                var image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
                if (image != null && image.getHeight() > 0) {
                    listener.events.image(step, "samples", image.getWidth(), image.getHeight(), bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + png, e);
            }
        });
        return listener;
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
