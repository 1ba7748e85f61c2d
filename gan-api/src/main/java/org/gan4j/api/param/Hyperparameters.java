package org.gan4j.api.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.gan4j.api.Stable;

/**
 * Text settings for one provider, {@code key=value}, as a user writes them ({@code lr=2e-4,beta1=0.5}).
 *
 * <p>Immutable. A provider reads the keys it knows with typed getters that take the default, then calls
 * {@link #requireOnly} so that a misspelt key fails instead of being ignored. The provider then builds its
 * validated record from the values (see {@link Check}).
 *
 * @since 0.1
 */
@Stable
public final class Hyperparameters {
    private static final Hyperparameters EMPTY = new Hyperparameters(Map.of());

    private final Map<String, String> values;

    private Hyperparameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return no settings: every provider's defaults */
    public static Hyperparameters empty() {
        return EMPTY;
    }

    /**
     * @param values settings by key
     * @return those settings
     */
    public static Hyperparameters of(Map<String, String> values) {
        return new Hyperparameters(values);
    }

    /**
     * @param text {@code key=value} pairs separated by commas; blank means none
     * @return those settings
     * @throws InvalidHyperparameterException if a pair has no {@code =} or a key repeats
     */
    public static Hyperparameters parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InvalidHyperparameterException("'" + pair.trim() + "' in '" + text
                        + "' is not key=value; write settings as key=value pairs separated by commas, e.g. lr=1e-4,beta1=0.5");
            }
            String key = pair.substring(0, eq).trim();
            if (values.put(key, pair.substring(eq + 1).trim()) != null) {
                throw new InvalidHyperparameterException("'" + key + "' is given twice in '" + text + "'; give it once");
            }
        }
        return new Hyperparameters(values);
    }

    /**
     * @param key a key
     * @param value its value as text
     * @return these settings with {@code key} set to {@code value}
     */
    public Hyperparameters with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        return new Hyperparameters(copy);
    }

    /**
     * @param overrides settings that win over these
     * @return both, {@code overrides} winning
     */
    public Hyperparameters withAll(Hyperparameters overrides) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.putAll(overrides.values);
        return new Hyperparameters(copy);
    }

    /** @return the settings as given */
    public Map<String, String> asMap() {
        return values;
    }

    /**
     * @param owner the provider, for the message
     * @param key the key
     * @param defaultValue the value when the key is absent
     * @return the value as a double
     */
    public double getDouble(String owner, String key, double defaultValue) {
        String text = values.get(key);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidHyperparameterException(owner + ": " + key + " = '" + text + "' is not a number; write it like 0.001 or 1e-3.");
        }
    }

    /**
     * @param owner the provider, for the message
     * @param key the key
     * @param defaultValue the value when the key is absent
     * @return the value as an int
     */
    public int getInt(String owner, String key, int defaultValue) {
        String text = values.get(key);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidHyperparameterException(owner + ": " + key + " = '" + text + "' is not an integer; write it like 128.");
        }
    }

    /**
     * @param owner the provider, for the message
     * @param key the key
     * @param defaultValue the value when the key is absent
     * @return the value as text
     */
    public String getString(String owner, String key, String defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    /**
     * @param owner the provider, for the message
     * @param known the keys {@code owner} understands
     * @throws InvalidHyperparameterException naming each unknown key and listing the known ones
     */
    public void requireOnly(String owner, Set<String> known) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidHyperparameterException(owner + " does not know the setting" + (unknown.size() > 1 ? "s " : " ")
                    + unknown + "; it knows " + new TreeSet<>(known) + ".");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hyperparameters other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
