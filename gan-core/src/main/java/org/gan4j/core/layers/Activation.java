package org.gan4j.core.layers;

import java.util.Arrays;
import java.util.Locale;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/** Elementwise activations, by the names users write. */
public enum Activation {
    /** f(x) = x. */
    LINEAR,
    /** f(x) = max(x, 0). */
    RELU,
    /** f(x) = x for x ≥ 0, 0.2·x otherwise (the slope of Radford et al.'s DCGAN). */
    LEAKY_RELU,
    /** f(x) = tanh x. */
    TANH,
    /** f(x) = σ(x). */
    SIGMOID;

    /** The negative slope of {@link #LEAKY_RELU}. */
    public static final double LEAKY_SLOPE = 0.2;

    /**
     * @param ops the ops
     * @param x the input
     * @return f(x)
     */
    public Tensor apply(Ops ops, Tensor x) {
        return switch (this) {
            case LINEAR -> x;
            case RELU -> ops.relu(x);
            case LEAKY_RELU -> ops.leakyRelu(x, LEAKY_SLOPE);
            case TANH -> ops.tanh(x);
            case SIGMOID -> ops.sigmoid(x);
        };
    }

    /** @return the name users write, for example {@code leaky-relu} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param owner who asks, for the message
     * @param id a name such as {@code relu}
     * @return the activation
     */
    public static Activation parse(String owner, String id) {
        return parse(owner, "activation", id, values());
    }

    /**
     * @param owner who asks, for the message
     * @param key the setting's key, for the message
     * @param id a name such as {@code tanh}
     * @param allowed the activations the setting allows
     * @return the activation
     * @throws InvalidHyperparameterException naming the key, the value and the allowed names
     */
    public static Activation parse(String owner, String key, String id, Activation... allowed) {
        for (Activation a : allowed) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new InvalidHyperparameterException(owner + ": " + key + " = '" + id + "' is unknown; use one of "
                + Arrays.stream(allowed).map(Activation::id).toList() + ".");
    }
}
