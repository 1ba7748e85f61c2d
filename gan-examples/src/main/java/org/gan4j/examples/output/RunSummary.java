package org.gan4j.examples.output;

import java.util.Locale;
import org.gan4j.core.eval.MixtureScore;

/**
 * The end result of a run, as written to {@code summary.json}.
 *
 * @param dataset the data set's id
 * @param seed the seed
 * @param steps generator steps trained
 * @param score the final evaluation on fixed noise
 * @param wallSeconds wall time of training, graph building excluded
 * @param configuration the providers and settings, one line
 */
public record RunSummary(String dataset, long seed, long steps, MixtureScore score, double wallSeconds, String configuration) {

    /** @return this summary as a JSON object */
    public String toJson() {
        return String.format(Locale.ROOT, """
                {
                  "dataset": "%s",
                  "seed": %d,
                  "steps": %d,
                  "samples": %d,
                  "modes_covered": %d,
                  "modes": %d,
                  "high_quality": %.6f,
                  "reverse_kl": %s,
                  "wall_seconds": %.3f,
                  "configuration": "%s"
                }
                """, dataset, seed, steps, score.samples(), score.modesCovered(), score.modes(), score.highQuality(),
                Double.isNaN(score.reverseKl()) ? "null" : String.format(Locale.ROOT, "%.6f", score.reverseKl()),
                wallSeconds, configuration.replace("\\", "\\\\").replace("\"", "\\\""));
    }
}
