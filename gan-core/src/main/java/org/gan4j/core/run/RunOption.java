package org.gan4j.core.run;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.gan4j.core.data.DataKind;

/**
 * One choice of a run: its key, its command-line flag and help, its type, the rule its values obey, its default,
 * whether a resumed run may change it and how a saved run without it (written before it existed) reads. The options
 * are constants of {@link RunOptions}; each is declared there and nowhere else.
 *
 * @param <T> the value's type
 */
public final class RunOption<T> {
    /** What a saved run that lacks an option's key means. */
    public enum WhenAbsent {
        /** The saved run is incomplete: reading it fails, naming the key. */
        REQUIRED,
        /** The option's current default. */
        DEFAULT,
        /** A fixed value: what runs made before the option existed did. */
        LEGACY
    }

    private final String key;
    private final String flag;
    private final String label;
    private final String help;
    private final OptionType<T> type;
    private final Predicate<T> valid;
    private final String allowed;
    private final OptionDefault<T> fallback;
    private final boolean resumable;
    private final boolean saved;
    private final WhenAbsent whenAbsent;
    private final T legacy;

    private RunOption(Builder<T> b) {
        key = b.key;
        flag = b.flag;
        label = b.label;
        help = Objects.requireNonNull(b.help, "help of " + b.key);
        type = b.type;
        valid = b.valid;
        allowed = b.allowed;
        fallback = Objects.requireNonNull(b.fallback, "default of " + b.key);
        resumable = b.resumable;
        saved = b.saved;
        whenAbsent = b.whenAbsent;
        legacy = b.legacy;
    }

    /**
     * @param <T> the value's type
     * @param key the option's key, lower case with {@code _}, as saved runs and properties files write it
     * @param type how its values are written
     * @return a builder
     */
    static <T> Builder<T> of(String key, OptionType<T> type) {
        return new Builder<>(key, type);
    }

    /** @return the key: {@code batch_size} */
    public String key() {
        return key;
    }

    /** @return the command-line flag, {@code --batch-size}, or null for an option the command line does not offer */
    public String flag() {
        return flag;
    }

    /** @return the name of the flag's value in usage lines, such as {@code N} */
    public String label() {
        return label;
    }

    /** @return what the option is, for help texts, without the default */
    public String help() {
        return help;
    }

    /** @return the help text with the default, as {@code --help} prints it */
    public String helpWithDefault() {
        return fallback.text().isEmpty() ? help : help + " (" + fallback.text() + ")";
    }

    /** @return how values are written */
    public OptionType<T> type() {
        return type;
    }

    /** @return how the option gets its value when not set */
    public OptionDefault<T> fallback() {
        return fallback;
    }

    /** @return whether a resumed run may give it a new value: none of these changes what is trained */
    public boolean resumable() {
        return resumable;
    }

    /** @return whether saved runs hold it; a shortcut (such as {@code --optimizer}) is held by the options it sets */
    public boolean saved() {
        return saved;
    }

    /** @return what a saved run without this key means */
    public WhenAbsent whenAbsent() {
        return whenAbsent;
    }

    /** @return the value a saved run without this key had, for {@link WhenAbsent#LEGACY} */
    public T legacy() {
        return legacy;
    }

    /**
     * @param text a value as text
     * @return the value
     * @throws InvalidRunOptionException naming the option when the text is not one of its values, or not allowed
     */
    public T parse(String text) {
        T value;
        try {
            value = type.parse(text);
        } catch (InvalidRunOptionException e) {
            throw e;
        } catch (org.gan4j.api.GanException e) {
            throw new InvalidRunOptionException(this, text, e); // a spec's own error, such as "'10' is not key=value"
        } catch (RuntimeException e) {
            throw new InvalidRunOptionException(this, text, allowed != null ? allowed : "it must be " + type.noun());
        }
        return check(value);
    }

    /**
     * @param value a value
     * @return the value
     * @throws InvalidRunOptionException naming the option when the value is not allowed
     */
    public T check(T value) {
        if (valid != null && !valid.test(value)) {
            throw new InvalidRunOptionException(this, type.format(value), allowed);
        }
        return value;
    }

    /**
     * @param value a value of this option
     * @return its text
     */
    public String format(Object value) {
        return type.format(cast(value));
    }

    @SuppressWarnings("unchecked")
    private T cast(Object value) {
        return (T) value;
    }

    @Override
    public String toString() {
        return key;
    }

    /**
     * Declares an option.
     *
     * @param <T> the value's type
     */
    static final class Builder<T> {
        private final String key;
        private final OptionType<T> type;
        private String flag;
        private String label;
        private String help;
        private Predicate<T> valid;
        private String allowed;
        private OptionDefault<T> fallback;
        private boolean resumable;
        private boolean saved = true;
        private WhenAbsent whenAbsent = WhenAbsent.REQUIRED;
        private T legacy;

        private Builder(String key, OptionType<T> type) {
            this.key = key;
            this.type = type;
        }

        /** The command-line flag and the name of its value in usage lines. */
        Builder<T> flag(String name, String valueLabel) {
            flag = name;
            label = valueLabel;
            return this;
        }

        /** What the option is, without the default. */
        Builder<T> help(String text) {
            help = text;
            return this;
        }

        /** The rule values obey and, starting "it must", what is allowed. */
        Builder<T> valid(Predicate<T> rule, String whatIsAllowed) {
            valid = rule;
            allowed = whatIsAllowed;
            return this;
        }

        /** The default. */
        Builder<T> byDefault(OptionDefault<T> rule) {
            fallback = rule;
            return this;
        }

        /** The same default for every kind of data. */
        Builder<T> byDefault(T value) {
            return byDefault(OptionDefault.constant(value, type));
        }

        /** A default for 2-D data and one for images. */
        Builder<T> byKind(T mixtures, T images) {
            return byKind(mixtures, images, null);
        }

        /** A default for 2-D data and one for images, with words after the images' value. */
        Builder<T> byKind(T mixtures, T images, String imagesNote) {
            Map<DataKind, T> values = new EnumMap<>(DataKind.class);
            values.put(DataKind.MIXTURE, mixtures);
            values.put(DataKind.IMAGES, images);
            Map<DataKind, String> notes = new EnumMap<>(DataKind.class);
            if (imagesNote != null) {
                notes.put(DataKind.IMAGES, imagesNote);
            }
            return byDefault(OptionDefault.perKind(values, notes, type));
        }

        /** A resumed run may change it. */
        Builder<T> resumable() {
            resumable = true;
            return this;
        }

        /** A command-line shortcut that sets other options; saved runs do not hold it. */
        Builder<T> shortcut() {
            saved = false;
            return this;
        }

        /** A saved run without the key takes the current default. */
        Builder<T> absentMeansDefault() {
            whenAbsent = WhenAbsent.DEFAULT;
            return this;
        }

        /** A saved run without the key had this value. */
        Builder<T> absentMeans(T value) {
            whenAbsent = WhenAbsent.LEGACY;
            legacy = value;
            return this;
        }

        RunOption<T> build() {
            return new RunOption<>(this);
        }
    }
}
