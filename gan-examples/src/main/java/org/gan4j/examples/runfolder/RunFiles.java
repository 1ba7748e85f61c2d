package org.gan4j.examples.runfolder;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names of what {@code gan} writes in a run's output folder: the one place for each of them. */
public final class RunFiles {
    /** One row per step. */
    public static final String METRICS = "metrics.csv";
    /** One row per image score ({@code --eval-every}). */
    public static final String IMAGE_METRICS = "image-metrics.csv";
    /** The final figures; written last, so it exists exactly when the run's outputs are complete. */
    public static final String SUMMARY = "summary.json";
    /** The losses by step. */
    public static final String CURVES = "curves.png";
    /** The run's page. */
    public static final String REPORT = "report.html";
    /** TensorBoard's event files. */
    public static final String TENSORBOARD = "tensorboard";
    /** Image runs: the exported generator. */
    public static final String GENERATOR = "generator";
    /** The checkpoint store. */
    public static final String CHECKPOINTS = "checkpoints";
    /** The lock file, held by the command that writes the folder. */
    public static final String LOCK = ".gan4j.lock";
    /** Where {@code --overwrite} keeps the run it replaces until the new run has a checkpoint. */
    public static final String REPLACED = ".gan4j-replaced";
    /** {@link #REPLACED} while the earlier run's entries are being moved into it. */
    public static final String REPLACED_PARTIAL = REPLACED + ".partial";

    private static final Pattern SAMPLES = Pattern.compile("samples-(\\d{6,})\\.png");
    private static final Pattern EVAL = Pattern.compile("eval-\\d{6,}\\.json");
    private static final List<String> FIXED = List.of(METRICS, IMAGE_METRICS, SUMMARY, CURVES, REPORT, TENSORBOARD,
            GENERATOR, CHECKPOINTS, LOCK, REPLACED, REPLACED_PARTIAL);

    private RunFiles() {
    }

    /**
     * @param step training steps done
     * @return the name of the sample picture drawn after that step
     */
    public static String samples(long step) {
        return String.format(Locale.ROOT, "samples-%06d.png", step);
    }

    /**
     * @param file a file's name
     * @return the step of a {@code samples-N.png} name, or empty for any other name
     */
    public static OptionalLong samplesStep(Path file) {
        Matcher m = SAMPLES.matcher(file.getFileName().toString());
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /**
     * @param step the checkpoint's step
     * @return the name {@code gan eval} writes its scores of that checkpoint to
     */
    public static String eval(long step) {
        return String.format(Locale.ROOT, "eval-%06d.json", step);
    }

    /**
     * @param name a name found in a folder
     * @return whether {@code gan} writes entries of that name in a run folder (temporary names included)
     */
    public static boolean isRunFile(String name) {
        String stem = name.replaceFirst("\\.tmp(-\\d+)?$", "");
        return FIXED.contains(stem) || SAMPLES.matcher(stem).matches() || EVAL.matcher(stem).matches();
    }
}
