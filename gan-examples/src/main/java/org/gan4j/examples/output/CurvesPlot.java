package org.gan4j.examples.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.core.train.Metrics;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingListener;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the losses and the other per-step metrics against the step as {@code curves.png} (JFreeChart), one line per
 * metric, when training ends and whenever the samples are drawn. Points are thinned to at most about 2,000 per line,
 * by the run's planned steps. A resumed run first {@link #replay}s the steps its {@code metrics.csv} already holds,
 * so the plot shows the whole run, as an uninterrupted one would.
 */
public final class CurvesPlot implements TrainingListener {
    /** The metrics drawn, those a run reports. */
    private static final List<String> DRAWN = List.of(Metrics.D_LOSS, Metrics.G_LOSS, Metrics.D_REAL, Metrics.D_FAKE,
            Metrics.D_PENALTY);
    private final Path file;
    private final Map<String, XYSeries> series = new LinkedHashMap<>();
    private final long every;

    /**
     * @param runFolder where {@code curves.png} goes
     * @param steps the steps the run is to train in all
     */
    public CurvesPlot(Path runFolder, long steps) {
        this.file = runFolder.resolve(org.gan4j.examples.runfolder.RunFiles.CURVES);
        this.every = Math.max(1, steps / 2000);
    }

    /**
     * Adds the steps trained before this process, as if they had been seen.
     *
     * @param history the run folder's record of them
     */
    public void replay(RunHistory history) {
        history.steps().forEach(this::onStep);
    }

    @Override
    public void onStep(StepMetrics metrics) {
        if ((metrics.step() + 1) % every != 0) {
            return;
        }
        metrics.values().forEach((name, value) -> {
            if (DRAWN.contains(name)) {
                series.computeIfAbsent(name, n -> new XYSeries(n, false, true)).add(metrics.step() + 1, value);
            }
        });
    }

    @Override
    public void onSamples(long step, org.gan4j.api.tensor.HostTensor samples) {
        write();
    }

    /** Writes the plot of everything seen so far. */
    public void write() {
        XYSeriesCollection data = new XYSeriesCollection();
        series.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart("losses and discriminator outputs", "step", "value", data,
                PlotOrientation.VERTICAL, true, false, false);
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, 800, 480);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
