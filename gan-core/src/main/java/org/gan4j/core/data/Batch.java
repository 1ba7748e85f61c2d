package org.gan4j.core.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Condition;
import org.gan4j.api.tensor.HostTensor;

/**
 * One batch of real data: named parts, each with the batch size first. {@value #SAMPLES} is always there (points
 * or images); {@value #LABELS} holds one-hot class labels [batch, classes] where the data has classes; a data source
 * may add more. The trainer feeds every part; the parts other than the samples reach the networks as their
 * {@link Condition}.
 *
 * @param parts the parts by name, samples first
 */
public record Batch(Map<String, HostTensor> parts) {
    /** The samples: points [batch, 2] or images [batch, h, w, c]. */
    public static final String SAMPLES = "samples";
    /** One-hot class labels [batch, classes], the part networks see as {@link Condition#labels()}. */
    public static final String LABELS = Condition.LABELS;

    /** Copies the parts and checks they have samples and agree on the batch size. */
    public Batch {
        Objects.requireNonNull(parts, "parts");
        if (!parts.containsKey(SAMPLES)) {
            throw new GanException("a batch needs a part named '" + SAMPLES + "'; it has " + parts.keySet());
        }
        long size = parts.get(SAMPLES).shape().size(0);
        parts.forEach((name, part) -> {
            if (part.shape().rank() == 0 || part.shape().size(0) != size) {
                throw new GanException("batch part '" + name + "' has shape " + part.shape() + "; every part needs the "
                        + "batch size " + size + " first, as the samples have");
            }
        });
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /**
     * @param samples the samples
     * @return a batch of samples alone
     */
    public static Batch of(HostTensor samples) {
        return new Batch(Map.of(SAMPLES, samples));
    }

    /**
     * @param name a part's name
     * @param part its value, batch first
     * @return this batch with that part added (or replaced)
     */
    public Batch with(String name, HostTensor part) {
        Map<String, HostTensor> more = new LinkedHashMap<>(parts);
        more.put(name, part);
        return new Batch(more);
    }

    /** @return the samples */
    public HostTensor samples() {
        return parts.get(SAMPLES);
    }
}
