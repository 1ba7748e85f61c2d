package org.gan4j.core.eval;

import java.util.Arrays;
import java.util.List;

/**
 * The values a feature extractor expects its pixels in. gan4j's images are in [−1, 1]; each range is an affine map
 * of that, x ↦ a·x + b, applied to every value in float precision (no rounding to whole numbers for 0..255).
 */
public enum InputRange {
    /** [−1, 1], gan4j's own (Keras' InceptionV3 after its {@code preprocess_input}): x. */
    MINUS_ONE_TO_ONE("-1..1", 1, 0),
    /** [0, 1] (TF-Hub's image models): (x + 1)/2. */
    ZERO_TO_ONE("0..1", 0.5f, 0.5f),
    /** [0, 255]: 127.5·(x + 1). */
    ZERO_TO_255("0..255", 127.5f, 127.5f);

    private final String text;
    private final float scale;
    private final float offset;

    InputRange(String text, float scale, float offset) {
        this.text = text;
        this.scale = scale;
        this.offset = offset;
    }

    /** @return how the range is written in a properties file, such as {@code 0..1} */
    public String text() {
        return text;
    }

    /**
     * @param x a value in [−1, 1]
     * @return the same value in this range
     */
    public float fromSigned(float x) {
        return scale * x + offset;
    }

    /**
     * @param text how a properties file writes a range
     * @return the range, or null when {@code text} is none of {@link #texts()}
     */
    public static InputRange parse(String text) {
        return Arrays.stream(values()).filter(r -> r.text.equals(text.strip())).findFirst().orElse(null);
    }

    /** @return every range as a properties file writes it */
    public static List<String> texts() {
        return Arrays.stream(values()).map(InputRange::text).toList();
    }
}
