package org.gan4j.api.role;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Tensor;

/**
 * What a batch says about its samples besides the samples themselves, handed to the generator and the discriminator
 * so that they can condition on it: class labels today, room for more. Each part has the batch size first. A role
 * that does not condition ignores it (the default methods of {@link Generator} and {@link Discriminator} do).
 *
 * @param parts the named parts, in order
 * @since 0.1
 */
@Stable
public record Condition(Map<String, Tensor> parts) {
    /** The name of the class labels: one-hot rows [batch, classes], FLOAT32. */
    public static final String LABELS = "labels";

    private static final Condition NONE = new Condition(Map.of());

    /** Copies the parts. */
    public Condition {
        Objects.requireNonNull(parts, "parts");
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** @return the condition of an unconditional batch: no parts */
    public static Condition none() {
        return NONE;
    }

    /** @return whether it has no parts */
    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** @return the class labels, one-hot [batch, classes], if the batch has them */
    public Optional<Tensor> labels() {
        return Optional.ofNullable(parts.get(LABELS));
    }
}
