package org.gan4j.core.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gan4j.api.GanException;
import org.gan4j.api.role.TransformedWeight;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.role.WeightTransform;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * The discriminator's side of the weight seam ({@link Ops#weight}) when a regularizer transforms its weights: the
 * trainer builds D with {@code ops.withWeights(this)}, so every trainable weight matrix or convolution kernel D reads
 * is replaced by its transform, computed once however often D is applied (real, generated and interpolated batches),
 * so it has one power iteration per training step. Vectors (biases, batch-norm scales) are used as they are.
 */
final class TransformedWeights implements Function<Variable, Tensor> {
    private final Ops ops;
    private final WeightTransform transform;
    private final String owner;
    private final Map<Variable, Tensor> transformed = new HashMap<>();
    private final Set<Variable> read = new HashSet<>();
    private final List<org.gan4j.api.tensor.Assignment> updates = new ArrayList<>();
    private final Map<String, Tensor> metrics = new LinkedHashMap<>();

    /**
     * @param ops the backend's ops, which the transform computes with
     * @param transform the transform
     * @param owner what the transform belongs to, for messages (the regularizer)
     */
    TransformedWeights(Ops ops, WeightTransform transform, String owner) {
        this.ops = ops;
        this.transform = transform;
        this.owner = owner;
    }

    /** @return whether a variable is one a transform applies to: a trainable matrix [in, out] or kernel [kh, kw, in, out] */
    static boolean transformable(Variable v) {
        return v.trainable() && (v.shape().rank() == 2 || v.shape().rank() == 4);
    }

    @Override
    public Tensor apply(Variable weight) {
        if (!transformable(weight)) {
            return weight;
        }
        read.add(weight);
        return transformed.computeIfAbsent(weight, w -> {
            TransformedWeight result = transform.apply(ops, w);
            updates.addAll(result.trainingUpdate().assignments());
            metrics.putAll(result.trainingUpdate().metrics());
            return result.value();
        });
    }

    /**
     * @param weights the discriminator's variables, after it was traced
     * @throws GanException naming each weight the discriminator used without reading it through {@link Ops#weight}:
     *     the transform would silently not apply to it
     */
    void requireReadThroughSeam(List<Variable> weights) {
        List<String> bypassed = weights.stream().filter(v -> transformable(v) && !read.contains(v))
                .map(v -> v.name() + " " + v.shape()).toList();
        if (!bypassed.isEmpty()) {
            throw new GanException(owner + " transforms every weight of the discriminator, but the discriminator used "
                    + bypassed + " without asking Ops.weight(...) for it (or not at all), so the transform cannot apply "
                    + "there; its layers must read each trainable weight through Ops.weight");
        }
    }

    /** @return the transforms' state updates and metrics for one discriminator training step */
    UpdatePlan trainingUpdate() {
        return new UpdatePlan(updates, metrics);
    }
}
