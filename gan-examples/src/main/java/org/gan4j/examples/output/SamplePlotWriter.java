package org.gan4j.examples.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.data.GaussianMixture2D;
import org.gan4j.core.eval.MixtureEvaluation;
import org.gan4j.core.eval.MixtureScore;
import org.gan4j.core.train.TrainingListener;

/** Writes {@code samples-<step>.png} whenever the trainer sends samples, titled with the step's score. */
public final class SamplePlotWriter implements TrainingListener {
    private final Path folder;
    private final GaussianMixture2D mixture;

    /**
     * @param folder where the PNGs go
     * @param mixture the true distribution, drawn under the samples
     */
    public SamplePlotWriter(Path folder, GaussianMixture2D mixture) {
        this.folder = folder;
        this.mixture = mixture;
    }

    @Override
    public void onSamples(long step, HostTensor samples) {
        float[] xy = samples.toFloatArray();
        MixtureScore score = MixtureEvaluation.evaluate(xy, mixture);
        String title = String.format(java.util.Locale.ROOT, "%s, step %d: %d/%d modes, %.1f%% high quality",
                mixture.name(), step, score.modesCovered(), score.modes(), 100 * score.highQuality());
        try {
            ScatterPlot.write(folder.resolve(String.format("samples-%06d.png", step)), title, xy, mixture);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample plot in " + folder, e);
        }
    }
}
