package org.gan4j.core.augment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * DiffAugment's policies, by the names the reference code gives them. A policy setting names one or more of them joined
 * by {@value #SEPARATOR} (the reference joins them with commas, which separate settings in a provider spec here); they
 * are applied in the order given.
 */
enum DiffAugmentPolicy {
    /** Brightness, saturation and contrast: {@link ColorTransforms}. */
    COLOR {
        @Override
        Tensor apply(Ops ops, Tensor x, String stream) {
            Tensor bright = ColorTransforms.brightness(ops, x, perImage(ops, x, stream));
            Tensor saturated = ColorTransforms.saturation(ops, bright, perImage(ops, x, stream));
            return ColorTransforms.contrast(ops, saturated, perImage(ops, x, stream));
        }
    },
    /** Shifts by whole pixels: {@link Translation}. */
    TRANSLATION {
        @Override
        Tensor apply(Ops ops, Tensor x, String stream) {
            return Translation.apply(ops, x, perAxis(ops, x, stream), perAxis(ops, x, stream));
        }
    },
    /** A zeroed square: {@link Cutout}. */
    CUTOUT {
        @Override
        Tensor apply(Ops ops, Tensor x, String stream) {
            return Cutout.apply(ops, x, perAxis(ops, x, stream), perAxis(ops, x, stream));
        }
    };

    /** What joins several policies in one setting. */
    static final String SEPARATOR = "+";
    /** The default: the strongest combination, which the reference code recommends for small data sets. */
    static final String DEFAULT = "color+translation+cutout";

    /**
     * @param ops the ops
     * @param x images [n, h, w, c], every dimension known
     * @param stream the random stream to draw from
     * @return the transformed images
     */
    abstract Tensor apply(Ops ops, Tensor x, String stream);

    /** @return the name users write */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static Tensor perImage(Ops ops, Tensor x, String stream) {
        return ops.randomUniform(Shape.of(x.shape().size(0), 1, 1, 1), stream);
    }

    private static Tensor perAxis(Ops ops, Tensor x, String stream) {
        return ops.randomUniform(Shape.of(x.shape().size(0), 1, 1), stream);
    }

    /**
     * @param owner the provider, for messages
     * @param key the setting's name, for messages
     * @param text policy names joined by {@value #SEPARATOR}
     * @return the policies, in order
     * @throws InvalidHyperparameterException naming the setting, the value and the known policies
     */
    static List<DiffAugmentPolicy> parse(String owner, String key, String text) {
        List<DiffAugmentPolicy> policies = new ArrayList<>();
        for (String name : text.split("\\" + SEPARATOR, -1)) {
            DiffAugmentPolicy policy = Arrays.stream(values()).filter(p -> p.id().equals(name.trim())).findFirst()
                    .orElseThrow(() -> new InvalidHyperparameterException(owner + ": " + key + " = '" + text
                            + "' is invalid; " + (name.isBlank() ? "a policy is missing" : "'" + name.trim()
                            + "' is not a policy") + ". The policies are " + known() + ", joined by " + SEPARATOR
                            + ", such as " + key + "=" + DEFAULT + "."));
            policies.add(policy);
        }
        return policies;
    }

    private static String known() {
        List<String> ids = Arrays.stream(values()).map(DiffAugmentPolicy::id).toList();
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }
}
