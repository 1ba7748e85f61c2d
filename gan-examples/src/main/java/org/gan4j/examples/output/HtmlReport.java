package org.gan4j.examples.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A run's {@code report.html}: its configuration, the loss curves, the latest sample picture and the final
 * figures, one self-contained page that links the run's files (open it from the run folder).
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /**
     * @param runFolder the run's folder; the page goes there
     * @param title the heading, e.g. the data set and seed
     * @param configuration the providers and settings
     * @param samplesPng the latest samples picture, relative to the folder
     * @param figures the final figures by name
     * @param note a remark shown under the figures (what the numbers are computed on), or empty
     * @return the page
     * @throws IOException if it cannot be written
     */
    public static Path write(Path runFolder, String title, String configuration, String samplesPng,
            Map<String, Double> figures, String note) throws IOException {
        StringBuilder rows = new StringBuilder();
        figures.forEach((name, value) -> rows.append("<tr><td>").append(escape(name)).append("</td><td>")
                .append(figure(value))
                .append("</td></tr>\n"));
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s</title>
                <style>body{font-family:sans-serif;max-width:60em;margin:2em auto}img{max-width:100%%;image-rendering:pixelated}
                td{padding:0.2em 1em}code{white-space:pre-wrap}</style></head>
                <body><h1>%1$s</h1>
                <h2>Configuration</h2><p><code>%2$s</code></p>
                <h2>Curves</h2><p><img src="curves.png" alt="losses and discriminator outputs by step"></p>
                <h2>Latest samples</h2><p><img src="%3$s" alt="samples from fixed noise" width="480"></p>
                <h2>Final figures</h2><table>
                %4$s</table><p>%5$s</p>
                <p>Files: <a href="metrics.csv">metrics.csv</a>, <a href="summary.json">summary.json</a>, TensorBoard events in
                <code>tensorboard/</code> (<code>tensorboard --logdir tensorboard</code>).</p>
                </body></html>
                """.formatted(escape(title), escape(configuration), escape(samplesPng), rows, escape(note));
        Path file = runFolder.resolve("report.html");
        Files.writeString(file, page);
        return file;
    }

    /**
     * @param value a figure
     * @return a count as an integer ("8", not "8.00000"), another number with 6 significant digits, "n/a" for NaN
     *     or an infinity
     */
    static String figure(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(java.util.Locale.ROOT, "%.6g", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
