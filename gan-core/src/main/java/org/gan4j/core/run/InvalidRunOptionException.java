package org.gan4j.core.run;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.api.param.InvalidHyperparameterException;

/**
 * A run option has a value that is not allowed, alone or with the others. The message names the options, the value
 * and what is allowed. Options are named by their keys ({@code batch_size}); a front end names them its own way
 * with {@link #messageNaming}, so the command line says {@code --batch-size}.
 */
public class InvalidRunOptionException extends InvalidHyperparameterException {
    private static final long serialVersionUID = 1L;
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-z_]+)}");

    private final List<String> keys;
    private final String value;
    private final String allowed;

    /**
     * @param keys the options at fault, by key
     * @param value their value as text
     * @param allowed what is allowed, starting "it must ..." or a sentence; {@code ${key}} names another option
     */
    public InvalidRunOptionException(List<String> keys, String value, String allowed) {
        super(render(keys, value, allowed, key -> "'" + key + "'"));
        this.keys = List.copyOf(keys);
        this.value = value;
        this.allowed = allowed;
    }

    /**
     * @param option the option at fault
     * @param value its value as text
     * @param allowed what is allowed
     */
    public InvalidRunOptionException(RunOption<?> option, Object value, String allowed) {
        this(List.of(option.key()), String.valueOf(value), allowed);
    }

    /**
     * A provider refused the option's spec, or the spec could not be read: the message is the option, its value and
     * the refusal's own message, and the refusal is the cause.
     *
     * @param option the option the spec was given with
     * @param spec the spec as given
     * @param refusal what the provider or the spec's reader said
     */
    public InvalidRunOptionException(RunOption<?> option, Object spec, org.gan4j.api.GanException refusal) {
        this(option, spec, refusal.getMessage());
        initCause(refusal);
    }

    /** @return the keys of the options at fault */
    public List<String> keys() {
        return keys;
    }

    /**
     * @param name how the front end names an option, by its key
     * @return the message with options named that way
     */
    public String messageNaming(Function<String, String> name) {
        return render(keys, value, allowed, name);
    }

    private static String render(List<String> keys, String value, String allowed, Function<String, String> name) {
        Matcher m = REFERENCE.matcher(allowed);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(rest, Matcher.quoteReplacement(name.apply(m.group(1))));
        }
        m.appendTail(rest);
        return String.join("/", keys.stream().map(name).toList()) + " = " + value + " is invalid; " + rest;
    }
}
