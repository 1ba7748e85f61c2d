package org.gan4j.examples.output;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gan4j.core.eval.MixtureScore;

/**
 * The end result of a run, as written to {@code summary.json}.
 *
 * @param dataset the data set's id
 * @param seed the seed
 * @param steps generator steps trained
 * @param results the final evaluation's figures by name, in order (numbers; NaN is written as null)
 * @param wallSeconds wall time of training, graph building excluded
 * @param configuration the providers and settings, one line
 */
public record RunSummary(String dataset, long seed, long steps, Map<String, Double> results, double wallSeconds,
        String configuration) {

    /**
     * @param score a mixture run's final score
     * @return its figures: samples, modes_covered, modes, high_quality, reverse_kl
     */
    public static Map<String, Double> of(MixtureScore score) {
        Map<String, Double> results = new LinkedHashMap<>();
        results.put("samples", (double) score.samples());
        results.put("modes_covered", (double) score.modesCovered());
        results.put("modes", (double) score.modes());
        results.put("high_quality", score.highQuality());
        results.put("reverse_kl", score.reverseKl());
        return results;
    }

    /** @return this summary as a JSON object */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\n");
        json.append(String.format(Locale.ROOT, "  \"dataset\": \"%s\",%n  \"seed\": %d,%n  \"steps\": %d,%n",
                escape(dataset), seed, steps));
        results.forEach((name, value) -> json.append("  \"").append(escape(name)).append("\": ").append(number(value))
                .append(",\n"));
        json.append(String.format(Locale.ROOT, "  \"wall_seconds\": %.3f,%n  \"configuration\": \"%s\"%n}%n", wallSeconds,
                escape(configuration)));
        return json.toString();
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return "null";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.6f", value);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
