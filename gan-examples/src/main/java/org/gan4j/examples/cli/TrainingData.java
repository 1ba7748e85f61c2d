package org.gan4j.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.data.Dataset;
import org.gan4j.core.data.GaussianMixture2D;
import org.gan4j.core.eval.MixtureEvaluation;
import org.gan4j.core.eval.MixtureScore;
import org.gan4j.core.train.TrainingListener;
import org.gan4j.examples.output.ImageGridWriter;
import org.gan4j.examples.output.RunSummary;
import org.gan4j.examples.output.SamplePlotWriter;
import org.gan4j.examples.runfolder.RunFiles;

/** What {@code gan train} draws and reports for a kind of data: its sample pictures and its final score. */
sealed interface TrainingData permits TrainingData.Mixture, TrainingData.Images {
    /**
     * @param dataset the run's data set
     * @return what to draw and report for it
     */
    static TrainingData of(Dataset dataset) {
        return dataset instanceof Dataset.Mixture m ? new Mixture(m.mixture()) : new Images(dataset.name());
    }

    /** @return the data set's name: its id, or the folder its files are in */
    String id();

    /**
     * @param folder the run's output folder
     * @return a listener that draws the samples the trainer sends
     */
    TrainingListener sampleWriter(Path folder);

    /**
     * Scores the final samples and says what to report and what {@code summary.json} holds (the caller writes it,
     * last of all, since its presence marks a finished run).
     *
     * @param samples the generator's samples from fixed noise
     * @param seed the run's seed
     * @param steps generator steps trained
     * @param seconds wall time of training
     * @param configuration the providers and settings, one line
     * @param folder the run's output folder
     * @param extra figures measured during the run (image metrics), added to the summary
     * @return the console line, the figures and the summary
     */
    FinalReport finish(HostTensor samples, long seed, long steps, double seconds, String configuration, Path folder,
            Map<String, Double> extra);

    /**
     * What a finished run reports.
     *
     * @param line one line for the console: the data set, the seed and the score
     * @param figures the final figures by name, as in summary.json
     * @param note what the figures are computed on, or empty
     * @param summary what {@code summary.json} holds
     */
    record FinalReport(String line, Map<String, Double> figures, String note, RunSummary summary) {
    }

    /** A 2-D Gaussian mixture, scored by modes, high-quality share and reverse KL. */
    record Mixture(GaussianMixture2D mixture) implements TrainingData {
        @Override
        public String id() {
            return mixture.name();
        }

        @Override
        public TrainingListener sampleWriter(Path folder) {
            return new SamplePlotWriter(folder, mixture);
        }

        @Override
        public FinalReport finish(HostTensor samples, long seed, long steps, double seconds, String configuration,
                Path folder, Map<String, Double> extra) {
            MixtureScore score = MixtureEvaluation.evaluate(samples.toFloatArray(), mixture);
            Map<String, Double> figures = new java.util.LinkedHashMap<>(RunSummary.of(score));
            figures.putAll(extra);
            return new FinalReport(String.format(Locale.ROOT,
                    "%s seed %d: %d/%d modes, %.1f%% high quality, reverse KL %.4f, %.1f s", id(), seed,
                    score.modesCovered(), score.modes(), 100 * score.highQuality(), score.reverseKl(), seconds), figures,
                    "Modes, high-quality share and reverse KL of " + score.samples()
                            + " samples (docs/algorithms.md#mixtures-of-gaussians).",
                    new RunSummary(id(), seed, steps, figures, seconds, configuration));
        }
    }

    /**
     * Images: a grid of samples, and the image scores measured during the run.
     *
     * @param id the data set's name ({@link Dataset#name()})
     */
    record Images(String id) implements TrainingData {
        @Override
        public TrainingListener sampleWriter(Path folder) {
            return new ImageGridWriter(folder);
        }

        @Override
        public FinalReport finish(HostTensor samples, long seed, long steps, double seconds, String configuration,
                Path out, Map<String, Double> extra) {
            String line = String.format(Locale.ROOT, "%s seed %d: %d steps in %.1f s; samples in %s", id, seed, steps,
                    seconds, out.resolve(RunFiles.samples(steps)));
            return new FinalReport(line, extra, extra.isEmpty() ? "No image metrics: train with --eval-every N, or run "
                    + "gan eval --run on this folder." : "FID, KID, precision/recall (and class shares or the Inception "
                    + "Score where the features have logits) on the features the run was scored with: a classifier made "
                    + "for this data by gan classifier, or the SavedModel of --features; the floors compare training and "
                    + "held-out images.",
                    new RunSummary(id, seed, steps, extra, seconds, configuration));
        }
    }
}
