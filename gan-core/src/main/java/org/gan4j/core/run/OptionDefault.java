package org.gan4j.core.run;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.gan4j.core.data.DataKind;

/**
 * How a run option gets its value when the user does not set it, and how help texts state that.
 *
 * @param <T> the value's type
 * @param rule the value, from the kind of data and the other options
 * @param text the default as help texts state it, such as {@code default: 1} or
 *     {@code default for 2-D data: 256; for images: 64}; empty when help states none
 */
public record OptionDefault<T>(Function<Resolver, T> rule, String text) {
    /** Checks both parts are present. */
    public OptionDefault {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
    }

    /**
     * @param <T> the value's type
     * @param value the value for every kind of data
     * @param type how it is written
     * @return that default, stated as {@code default: <value>}
     */
    public static <T> OptionDefault<T> constant(T value, OptionType<T> type) {
        return new OptionDefault<>(r -> value, "default: " + formatted(type, value));
    }

    /**
     * @param <T> the value's type
     * @param byKind the value for each kind of data
     * @param notes words after a kind's value, such as "about one epoch of Fashion-MNIST", or none
     * @param type how values are written
     * @return that default, stated as {@code default for 2-D data: X; for images: Y}
     */
    public static <T> OptionDefault<T> perKind(Map<DataKind, T> byKind, Map<DataKind, String> notes, OptionType<T> type) {
        StringBuilder text = new StringBuilder();
        for (DataKind kind : DataKind.values()) {
            text.append(text.length() == 0 ? "default for " : "; for ").append(kind.phrase()).append(": ")
                    .append(formatted(type, byKind.get(kind)));
            if (notes.containsKey(kind)) {
                text.append(", ").append(notes.get(kind));
            }
        }
        return new OptionDefault<>(r -> byKind.get(r.kind()), text.toString());
    }

    /** A value as help texts write it: whole numbers without a decimal point. */
    private static <T> String formatted(OptionType<T> type, T value) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return type.format(value);
    }
}
