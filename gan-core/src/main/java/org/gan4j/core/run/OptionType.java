package org.gan4j.core.run;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.gan4j.core.registry.ProviderSpec;

/**
 * How a run option's value is written as text and read back: in a checkpoint's manifest, in a properties file and
 * on the command line. {@link #format} and {@link #parse} are inverses.
 *
 * @param <T> the value's type
 * @param noun what a valid text is, for messages: "an integer"
 * @param parser text to value; throws {@link IllegalArgumentException} when the text is not one
 * @param formatter value to text
 */
public record OptionType<T>(String noun, Function<String, T> parser, Function<T, String> formatter) {
    /** Whole numbers. */
    public static final OptionType<Long> LONG = new OptionType<>("an integer", s -> Long.parseLong(s.trim()),
            v -> Long.toString(v));
    /** Whole numbers of int range. */
    public static final OptionType<Integer> INT = new OptionType<>("an integer", s -> Integer.parseInt(s.trim()),
            v -> Integer.toString(v));
    /** Numbers, {@code NaN} and {@code Infinity} included (rules decide whether they are allowed). */
    public static final OptionType<Double> DOUBLE = new OptionType<>("a number", s -> Double.parseDouble(s.trim()),
            v -> Double.toString(v));
    /** Plain text. */
    public static final OptionType<String> TEXT = new OptionType<>("a text", String::trim, v -> v);
    /** A folder or file; the empty text is none (null). */
    public static final OptionType<Path> PATH = new OptionType<>("a path", s -> s.isBlank() ? null : Path.of(s),
            v -> v == null ? "" : v.toAbsolutePath().toString());
    /** A provider, {@code id[:key=value,...]}. */
    public static final OptionType<ProviderSpec> PROVIDER = new OptionType<>("id[:key=value,...]",
            OptionType::provider, ProviderSpec::toString);
    /** A provider or none (null), the empty text being none. */
    public static final OptionType<ProviderSpec> OPTIONAL_PROVIDER = new OptionType<>("id[:key=value,...] or nothing",
            s -> s.isBlank() ? null : provider(s), v -> v == null ? "" : v.toString());
    /** Providers in order, separated by {@code ;} in text. */
    public static final OptionType<List<ProviderSpec>> PROVIDERS = new OptionType<>("id[:key=value,...] specs",
            s -> s.isBlank() ? List.of() : Arrays.stream(s.split(";")).map(OptionType::provider).toList(),
            v -> String.join(";", v.stream().map(ProviderSpec::toString).toList()));

    /**
     * @param <E> the enum
     * @param type its class; constants are written in lower case
     * @return the enum's constants as lower-case words
     */
    public static <E extends Enum<E>> OptionType<E> of(Class<E> type) {
        List<String> words = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        return new OptionType<>(String.join(" or ", words), s -> Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT)),
                v -> v.name().toLowerCase(Locale.ROOT));
    }

    private static ProviderSpec provider(String text) {
        ProviderSpec spec = ProviderSpec.parse(text);
        if (spec.id().isEmpty()) {
            throw new IllegalArgumentException("no provider id");
        }
        return spec;
    }

    /**
     * @param text the text
     * @return its value
     * @throws IllegalArgumentException when the text is not a value of this type
     */
    public T parse(String text) {
        return parser.apply(text);
    }

    /**
     * @param value a value
     * @return its text
     */
    public String format(T value) {
        return formatter.apply(value);
    }
}
