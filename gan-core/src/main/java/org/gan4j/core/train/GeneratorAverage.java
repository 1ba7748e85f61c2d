package org.gan4j.core.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gan4j.api.GanException;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * An exponential moving average of the generator's weights (Yazıcı et al., "The Unusual Effectiveness of Averaging
 * in GAN Training", ICLR 2019), kept beside the trained weights and used wherever the trainer samples:
 * <pre>
 * s_t = γ·s_{t−1} + (1 − γ)·θ_t,   s_0 = 0,   t = generator updates so far
 * θ̄_t = s_t / (1 − γ^t)            (bias-corrected as Adam's moments are; θ̄_0 = θ_0)
 * </pre>
 * Each shadow s is a non-trainable variable {@code G_ema_<θ>} and t is {@code G_ema_updates}, so a checkpoint
 * carries them and a resumed run averages as an uninterrupted one. The average follows the values each G update
 * writes, in the same run.
 */
final class GeneratorAverage {
    /** The prefix of the shadow variables' names. */
    static final String PREFIX = "G_ema_";

    private final double decay;
    private final Map<Variable, Variable> shadows = new LinkedHashMap<>();
    private final Variable updates;
    private final Set<Variable> read = new HashSet<>();
    private Map<Tensor, Tensor> substitutes;

    /**
     * @param ops the ops
     * @param weights G's trainable variables
     * @param decay γ, in (0, 1)
     */
    GeneratorAverage(Ops ops, List<Variable> weights, double decay) {
        this.decay = decay;
        for (Variable w : weights) {
            shadows.put(w, ops.variable(PREFIX + w.name(), w.shape(), Initializer.zeros(), false));
        }
        updates = ops.variable(PREFIX + "updates", Shape.scalar(), Initializer.zeros(), false);
    }

    /**
     * @param ops the ops
     * @param generatorPlan a plan that updates G (a weight it does not write counts with its current value)
     * @return the plan's writes plus the shadows' and the counter's
     */
    UpdatePlan following(Ops ops, UpdatePlan generatorPlan) {
        Map<Variable, Tensor> written = new LinkedHashMap<>();
        generatorPlan.assignments().forEach(a -> written.put(a.target(), a.value()));
        List<Assignment> writes = new ArrayList<>(generatorPlan.assignments());
        Tensor keep = ops.constant(decay);
        Tensor take = ops.constant(1 - decay);
        shadows.forEach((weight, shadow) -> writes.add(new Assignment(shadow,
                ops.add(ops.mul(keep, shadow), ops.mul(take, written.getOrDefault(weight, weight))))));
        writes.add(new Assignment(updates, ops.add(updates, ops.constant(1))));
        return new UpdatePlan(writes, generatorPlan.metrics());
    }

    /**
     * @param ops the ops
     * @return θ̄ of each of G's weights, by the weight's name
     */
    Map<String, Tensor> averagedWeights(Ops ops) {
        Map<String, Tensor> byName = new LinkedHashMap<>();
        substitutes(ops).forEach((weight, average) -> byName.put(((Variable) weight).name(), average));
        return byName;
    }

    /**
     * @param ops the ops
     * @return ops through which the generator computes with the averaged weights θ̄ in place of θ: the weight seam
     *     ({@link Ops#weight}) gives θ̄ for each of G's weights
     */
    Ops averaged(Ops ops) {
        Map<Tensor, Tensor> averages = substitutes(ops);
        return ops.withWeights(v -> {
            read.add(v);
            return averages.getOrDefault(v, v);
        });
    }

    /**
     * @throws GanException naming each of G's weights that the generator, traced through {@link #averaged}, used
     *     without reading it through {@link Ops#weight}: it would sample with θ there instead of θ̄
     */
    void requireReadThroughSeam() {
        List<String> bypassed = shadows.keySet().stream().filter(w -> !read.contains(w)).map(Variable::name).toList();
        if (!bypassed.isEmpty()) {
            throw new GanException("the generator average replaces each of G's weights by its average, but the generator "
                    + "used " + bypassed + " without asking Ops.weight(...) for it, so it would sample with the "
                    + "trained weights there; its layers must read each trainable weight through Ops.weight");
        }
    }

    /** θ̄ for each weight θ, traced once: s / (1 − γ^t), or θ itself before the first update. */
    private Map<Tensor, Tensor> substitutes(Ops ops) {
        if (substitutes == null) {
            substitutes = new LinkedHashMap<>();
            Tensor correction = ops.sub(ops.constant(1), ops.exp(ops.mul(updates, ops.constant(Math.log(decay)))));
            Tensor started = ops.greater(updates, ops.constant(0));
            shadows.forEach((weight, shadow) ->
                    substitutes.put(weight, ops.where(started, ops.divNoNan(shadow, correction), weight)));
        }
        return substitutes;
    }
}
