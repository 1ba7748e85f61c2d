package org.gan4j.core.checkpoint;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.Shape;

/**
 * What a checkpoint holds, stored as {@code manifest.properties}: plain {@code key=value} lines, read as data.
 *
 * <pre>
 * format=gan4j-checkpoint
 * format.version=1
 * step=1000                     training steps done
 * seed=1
 * run.loss=non-saturating       how the run was made: provider ids, versions, hyperparameters (caller's keys)
 * data.file=variables.bin
 * data.bytes=214536
 * data.sha256=9f2c...
 * variables=24
 * variable.0.name=G_dense0_kernel
 * variable.0.dtype=FLOAT32
 * variable.0.shape=16,128
 * </pre>
 *
 * @param step the training steps done when it was taken
 * @param seed the run's seed
 * @param run how the run was made, as the caller describes it (provider specs, versions, schedule)
 * @param variables every variable, in the data file's order
 * @param dataBytes the data file's size
 * @param dataSha256 the data file's SHA-256, lower-case hex
 */
public record CheckpointManifest(long step, long seed, SortedMap<String, String> run, List<VariableEntry> variables,
        long dataBytes, String dataSha256) {
    /** The manifest's file name inside a checkpoint folder. */
    public static final String FILE = "manifest.properties";
    /** The data file's name inside a checkpoint folder. */
    public static final String DATA_FILE = "variables.bin";
    static final String FORMAT = "gan4j-checkpoint";
    static final int FORMAT_VERSION = 1;

    /** Copies. */
    public CheckpointManifest {
        run = new TreeMap<>(run);
        variables = List.copyOf(variables);
    }

    /** @return the manifest as text, one key per line, in a fixed order */
    String toText() {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        entries.put("format", FORMAT);
        entries.put("format.version", Integer.toString(FORMAT_VERSION));
        entries.put("step", Long.toString(step));
        entries.put("seed", Long.toString(seed));
        run.forEach((k, v) -> entries.put("run." + k, v));
        entries.put("data.file", DATA_FILE);
        entries.put("data.bytes", Long.toString(dataBytes));
        entries.put("data.sha256", dataSha256);
        entries.put("variables", Integer.toString(variables.size()));
        for (int i = 0; i < variables.size(); i++) {
            VariableEntry v = variables.get(i);
            entries.put("variable." + i + ".name", v.name());
            entries.put("variable." + i + ".dtype", v.dtype().name());
            entries.put("variable." + i + ".shape", joinDims(v.shape()));
        }
        StringBuilder text = new StringBuilder("# gan4j checkpoint manifest: plain data, read with java.util.Properties\n");
        entries.forEach((k, v) -> text.append(escape(k)).append('=').append(escape(v)).append('\n'));
        return text.toString();
    }

    /** One key=value line with Properties' escaping, without the date comment that Properties.store adds. */
    private static String escape(String s) {
        Properties one = new Properties();
        one.setProperty("k", s);
        StringWriter out = new StringWriter();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String line = out.toString().lines().filter(l -> l.startsWith("k=")).findFirst().orElseThrow();
        return line.substring(2);
    }

    private static String joinDims(Shape shape) {
        return String.join(",", Arrays.stream(shape.dims()).mapToObj(Long::toString).toList());
    }

    /**
     * @param text the manifest's content
     * @param file where it came from, for messages
     * @return the manifest
     * @throws CheckpointCorruptException when a key is missing or a value does not parse
     */
    static CheckpointManifest parse(String text, Path file) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt(file, "it does not parse as key=value lines (" + e.getMessage() + ")");
        }
        Fields f = new Fields(p, file);
        if (!FORMAT.equals(f.text("format"))) {
            throw corrupt(file, "format is '" + p.getProperty("format") + "', expected '" + FORMAT + "'");
        }
        long version = f.number("format.version");
        if (version != FORMAT_VERSION) {
            throw new CheckpointCorruptException(file, "format.version is " + version + " but this gan4j reads "
                    + FORMAT_VERSION, "Use the gan4j release that wrote it.");
        }
        if (!DATA_FILE.equals(f.text("data.file"))) {
            throw corrupt(file, "data.file is '" + p.getProperty("data.file") + "', expected '" + DATA_FILE + "'");
        }
        SortedMap<String, String> run = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("run.")) {
                run.put(key.substring(4), p.getProperty(key));
            }
        }
        long count = f.number("variables");
        List<VariableEntry> variables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String prefix = "variable." + i + ".";
            String dtype = f.text(prefix + "dtype");
            DType type;
            try {
                type = DType.valueOf(dtype);
            } catch (IllegalArgumentException e) {
                throw corrupt(file, prefix + "dtype is '" + dtype + "', expected one of " + Arrays.toString(DType.values()));
            }
            variables.add(new VariableEntry(f.text(prefix + "name"), type, f.shape(prefix + "shape")));
        }
        String sha = f.text("data.sha256");
        if (!sha.matches("[0-9a-f]{64}")) {
            throw corrupt(file, "data.sha256 is '" + sha + "', not 64 hex digits");
        }
        return new CheckpointManifest(f.number("step"), f.number("seed"), run, variables, f.number("data.bytes"), sha);
    }

    private static CheckpointCorruptException corrupt(Path file, String problem) {
        return new CheckpointCorruptException(file, problem, "Resume from an earlier checkpoint of the run.");
    }

    /** Reads required fields, failing with the key and the value found. */
    private record Fields(Properties p, Path file) {
        String text(String key) {
            String value = p.getProperty(key);
            if (value == null) {
                throw corrupt(file, "the key '" + key + "' is missing (the file may be truncated)");
            }
            return value;
        }

        long number(String key) {
            String value = text(key);
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw corrupt(file, key + " is '" + value + "', not an integer");
            }
        }

        Shape shape(String key) {
            String value = text(key);
            if (value.isEmpty()) {
                return Shape.scalar();
            }
            try {
                long[] dims = Arrays.stream(value.split(",", -1)).mapToLong(Long::parseLong).toArray();
                if (Arrays.stream(dims).anyMatch(d -> d < 0)) {
                    throw new NumberFormatException("negative dimension");
                }
                return Shape.of(dims);
            } catch (NumberFormatException e) {
                throw corrupt(file, key + " is '" + value + "', not a list of dimensions like 16,128");
            }
        }
    }
}
