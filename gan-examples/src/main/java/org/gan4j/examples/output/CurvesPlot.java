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
 * metric, when training ends and whenever the samples are drawn. Points are thinned to at most about 2,000 per line.
 */
public final class CurvesPlot implements TrainingListener {
    /** The metrics drawn, those a run reports. */
    private static final List<String> DRAWN = List.of(Metrics.D_LOSS, Metrics.G_LOSS, Metrics.D_REAL, Metrics.D_FAKE,
            Metrics.D_PENALTY);
    private final Path file;
    private final Map<String, XYSeries> series = new LinkedHashMap<>();
    private long every = 1;

    /** @param runFolder where {@code curves.png} goes */
    public CurvesPlot(Path runFolder) {
        this.file = runFolder.resolve("curves.png");
    }

    @Override
    public void onStart(org.gan4j.core.train.TrainingConfig config, String backend) {
        every = Math.max(1, config.steps() / 2000);
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
