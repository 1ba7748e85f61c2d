package org.gan4j.core.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.gan4j.api.GanException;

/**
 * What a feature extractor saved as a TensorFlow SavedModel takes and gives, as its user states it in
 * {@value #FILE} beside {@code saved_model.pb}: one signature, one input of images [n, {@value #HEIGHT},
 * {@value #WIDTH}, {@value #CHANNELS}] (float32) in {@value #RANGE}, the feature vector [n, d] as {@value #OUTPUT}
 * and, optionally, class logits [n, k] as {@value #LOGITS}. An example (Keras' InceptionV3, docs/images.md):
 * <pre>
 * signature=serving_default
 * input=images
 * output=pool
 * logits=logits
 * height=299
 * width=299
 * channels=3
 * range=-1..1
 * batch=100
 * </pre>
 *
 * @param directory the SavedModel's folder
 * @param signature the function's name (default {@value #DEFAULT_SIGNATURE})
 * @param input the name of its images input
 * @param output the name of its feature output
 * @param logits the name of its logits output, or null when it has none
 * @param height the images' height it takes
 * @param width their width
 * @param channels their channels, 1 or 3
 * @param range the values it takes
 * @param batch images per call (default {@value #DEFAULT_BATCH}); the last call is padded to it
 */
public record SavedModelContract(Path directory, String signature, String input, String output, String logits,
        int height, int width, int channels, InputRange range, int batch) {
    /** The file's name. */
    public static final String FILE = "gan4j-features.properties";
    /** The key of the function's name. */
    public static final String SIGNATURE = "signature";
    /** The key of the images input's name. */
    public static final String INPUT = "input";
    /** The key of the feature output's name. */
    public static final String OUTPUT = "output";
    /** The key of the logits output's name. */
    public static final String LOGITS = "logits";
    /** The key of the images' height. */
    public static final String HEIGHT = "height";
    /** The key of the images' width. */
    public static final String WIDTH = "width";
    /** The key of the images' channels. */
    public static final String CHANNELS = "channels";
    /** The key of the input's range. */
    public static final String RANGE = "range";
    /** The key of the images per call. */
    public static final String BATCH = "batch";
    /** A SavedModel's usual signature, Keras' and {@code tf.saved_model.save}'s. */
    public static final String DEFAULT_SIGNATURE = "serving_default";
    /** Images per call unless stated. */
    public static final int DEFAULT_BATCH = 100;
    /** The largest side an image may be made into. */
    public static final int MAX_SIDE = 4096;
    /** The most images per call. */
    public static final int MAX_BATCH = 10_000;
    /** Every key, in the order the file is explained. */
    public static final List<String> KEYS = List.of(SIGNATURE, INPUT, OUTPUT, LOGITS, HEIGHT, WIDTH, CHANNELS, RANGE,
            BATCH);

    /**
     * @param directory the folder of a SavedModel with {@value #FILE} beside it
     * @return what the file states
     * @throws GanException naming the folder or the file, the key at fault and the remedy
     */
    public static SavedModelContract read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new GanException(directory + " is not a folder; give the folder of a TensorFlow SavedModel (the one "
                    + "holding saved_model.pb) with a " + FILE + " beside it");
        }
        if (!Files.isRegularFile(directory.resolve("saved_model.pb"))) {
            throw new GanException(directory + " holds no saved_model.pb; give the folder of a TensorFlow SavedModel");
        }
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new GanException(directory + " holds no " + FILE + "; write one beside saved_model.pb with the keys "
                    + String.join(", ", KEYS) + " (docs/images.md explains them)");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new GanException("cannot read " + file + ": " + e.getMessage(), e);
        }
        TreeSet<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new GanException(file + " has unknown keys " + unknown + "; the keys are " + KEYS);
        }
        Keys keys = new Keys(file, p);
        InputRange range = InputRange.parse(keys.required(RANGE, "the values it takes, one of " + InputRange.texts()));
        if (range == null) {
            throw keys.invalid(RANGE, "it must be one of " + InputRange.texts() + ": the values the network takes");
        }
        int channels = switch (keys.required(CHANNELS, "1 (grey) or 3 (RGB)")) {
            case "1" -> 1;
            case "3" -> 3;
            default -> throw keys.invalid(CHANNELS, "it must be 1 (grey) or 3 (RGB): the channels of the images it "
                    + "takes");
        };
        return new SavedModelContract(directory, keys.optional(SIGNATURE, DEFAULT_SIGNATURE),
                keys.required(INPUT, "the name of the signature's images input"),
                keys.required(OUTPUT, "the name of the signature's feature output [n, d]"), keys.optional(LOGITS, null),
                keys.integer(HEIGHT, 1, MAX_SIDE, "the height of the images it takes, such as 299"),
                keys.integer(WIDTH, 1, MAX_SIDE, "the width of the images it takes, such as 299"), channels, range,
                p.getProperty(BATCH) == null ? DEFAULT_BATCH : keys.integer(BATCH, 1, MAX_BATCH, "images per call"));
    }

    /** @return where the contract is written */
    public Path file() {
        return directory.resolve(FILE);
    }

    /** @return the shape of one image it takes, [height, width, channels] */
    public org.gan4j.api.tensor.Shape imageShape() {
        return org.gan4j.api.tensor.Shape.of(height, width, channels);
    }

    /**
     * Refuses images the extractor cannot be given: colour images for one that takes grey (grey images are repeated
     * into 3 channels for one that takes colour; any height and width is resized to its own).
     *
     * @param images the shape of one image to score, [h, w, c]
     * @param refusal makes the caller's exception from a sentence that says what does not fit
     * @throws RuntimeException what {@code refusal} makes
     */
    public void requireTakes(org.gan4j.api.tensor.Shape images, java.util.function.Function<String, ? extends RuntimeException> refusal) {
        long c = images.size(2);
        if (c != channels && !(c == 1 && channels == 3)) {
            throw refusal.apply("the feature extractor in " + directory + " takes images of " + channels + " channel"
                    + (channels == 1 ? "" : "s") + " (" + CHANNELS + " in " + FILE + "), the images to score have " + c
                    + "; gan4j repeats grey into 3 channels, but does not make colour grey");
        }
    }

    /** The values of one file, read with messages that name the file, the key and what is allowed. */
    private record Keys(Path file, Properties p) {
        String optional(String key, String otherwise) {
            String v = p.getProperty(key);
            return v == null || v.isBlank() ? otherwise : v.strip();
        }

        String required(String key, String what) {
            String v = optional(key, null);
            if (v == null) {
                throw new GanException(file + " does not state " + key + "; add " + key + "=… (" + what + ")");
            }
            return v;
        }

        int integer(String key, int least, int most, String what) {
            String v = required(key, what);
            try {
                int i = Integer.parseInt(v);
                if (i >= least && i <= most) {
                    return i;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw invalid(key, "it must be a whole number from " + least + " to " + most + ": " + what);
        }

        GanException invalid(String key, String allowed) {
            return new GanException(file + ": " + key + " = " + p.getProperty(key).strip() + " is invalid; " + allowed);
        }
    }
}
