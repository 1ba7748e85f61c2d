package org.gan4j.examples.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.gan4j.core.eval.MixtureScore;

/**
 * Writes a study's runs: every run as CSV, and per configuration (data set × loss × regularizers × optimizer) a
 * markdown row of mean ± sample standard deviation over the runs that did not diverge.
 */
public final class StudyTable {
    private StudyTable() {
    }

    /**
     * @param runs the runs
     * @return CSV with a header and one row per run
     */
    public static String csv(List<StudyRun> runs) {
        StringBuilder out = new StringBuilder("dataset,loss,regularizers,optimizer,seed,modes_covered,modes,high_quality,"
                + "reverse_kl,wall_seconds,ms_per_step,cg_iterations_per_step,diverged_at\n");
        for (StudyRun r : runs) {
            MixtureScore s = r.score();
            out.append(String.format(Locale.ROOT, "%s,\"%s\",\"%s\",\"%s\",%d,%s,%s,%s,%s,%.3f,%.3f,%s,%s%n", r.dataset(),
                    r.loss(), r.regularizers(), r.optimizer(), r.seed(), s == null ? "" : s.modesCovered(), s == null ? "" : s.modes(),
                    s == null ? "" : s.highQuality(), s == null || Double.isNaN(s.reverseKl()) ? "" : s.reverseKl(),
                    r.seconds(), r.msPerStep(), Double.isNaN(r.cgIterationsPerStep()) ? "" : r.cgIterationsPerStep(),
                    r.diverged() ? r.divergedAt() : ""));
        }
        return out.toString();
    }

    /**
     * @param runs the runs
     * @return a markdown table, one row per configuration in the order first seen
     */
    public static String markdown(List<StudyRun> runs) {
        Map<String, List<StudyRun>> groups = new LinkedHashMap<>();
        runs.forEach(r -> groups.computeIfAbsent(r.dataset() + "|" + r.loss() + "|" + r.regularizers() + "|" + r.optimizer(),
                k -> new ArrayList<>()).add(r));
        StringBuilder out = new StringBuilder("| data | loss | regularizers | optimizer | modes | high quality % | reverse KL "
                + "| wall s | ms/step | CG iterations/step | diverged |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (List<StudyRun> group : groups.values()) {
            StudyRun first = group.get(0);
            List<StudyRun> ok = group.stream().filter(r -> !r.diverged()).toList();
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d/%d |%n",
                    first.dataset(), first.loss(), first.regularizers(), first.optimizer(),
                    meanStd(ok, r -> r.score().modesCovered(), 2), meanStd(ok, r -> 100 * r.score().highQuality(), 1),
                    meanStd(ok, r -> r.score().reverseKl(), 4), meanStd(group, StudyRun::seconds, 1),
                    meanStd(group, StudyRun::msPerStep, 2), meanStd(group, StudyRun::cgIterationsPerStep, 2),
                    group.size() - ok.size(), group.size()));
        }
        return out.toString();
    }

    private static String meanStd(List<StudyRun> runs, ToDoubleFunction<StudyRun> value, int decimals) {
        double[] xs = runs.stream().mapToDouble(value).filter(Double::isFinite).toArray();
        if (xs.length == 0) {
            return "n/a";
        }
        double mean = java.util.Arrays.stream(xs).average().orElseThrow();
        double var = 0;
        for (double x : xs) {
            var += (x - mean) * (x - mean);
        }
        double std = xs.length > 1 ? Math.sqrt(var / (xs.length - 1)) : 0;
        String format = "%." + decimals + "f ± %." + decimals + "f";
        return String.format(Locale.ROOT, format, mean, std) + (xs.length < runs.size() ? " (" + xs.length + " defined)" : "");
    }
}
