package org.gan4j.core.train;

import java.util.Map;

/**
 * What one training step reported: the last discriminator step's scalars and the generator step's.
 *
 * @param step the generator step, 0-based
 * @param values scalars by name (see {@link Metrics}), in a stable order
 * @param stepMillis wall time of the whole step (every discriminator step and the generator step), ms
 */
public record StepMetrics(long step, Map<String, Double> values, double stepMillis) {
    /** Copies the values. */
    public StepMetrics {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /**
     * @param name a metric name
     * @return its value
     */
    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no metric '" + name + "'; this step reported " + values.keySet());
        }
        return value;
    }
}
