package org.gan4j.examples.output;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import org.gan4j.core.data.GaussianMixture2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws generated 2-D samples (blue dots) over the true modes (red crosses) as a PNG, with JFreeChart. */
public final class ScatterPlot {
    private ScatterPlot() {
    }

    /**
     * @param file the PNG to write
     * @param title the chart title
     * @param xy samples, interleaved x0, y0, x1, y1, ...
     * @param mixture the true modes
     * @throws IOException if the file cannot be written
     */
    public static void write(Path file, String title, float[] xy, GaussianMixture2D mixture) throws IOException {
        XYSeries samples = new XYSeries("generated", false, true);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            samples.add(xy[i], xy[i + 1]);
        }
        XYSeries modes = new XYSeries("modes", false, true);
        double extent = 0;
        for (double[] m : mixture.modes()) {
            modes.add(m[0], m[1]);
            extent = Math.max(extent, Math.max(Math.abs(m[0]), Math.abs(m[1])));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(samples);
        data.addSeries(modes);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        renderer.setSeriesPaint(0, new Color(30, 90, 200, 90));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(1, Color.RED);
        double range = extent * 1.5;
        NumberAxis x = new NumberAxis("x");
        x.setRange(-range, range);
        NumberAxis y = new NumberAxis("y");
        y.setRange(-range, range);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), new JFreeChart(title, plot), 640, 640);
    }
}
