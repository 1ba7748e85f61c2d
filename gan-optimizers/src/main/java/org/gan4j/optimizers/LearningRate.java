package org.gan4j.optimizers;

import java.util.List;
import java.util.Set;
import org.gan4j.api.param.Check;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * A learning rate that is constant or decays in steps: after t updates of the player,
 * <pre>
 * η_t = η · γ^⌊t / k⌋
 * </pre>
 * with γ = {@code lr_decay} and k = {@code lr_decay_steps}. γ = 1 (the default) is a constant rate. Naganuma &amp;
 * Iiduka (AISTATS 2023) use γ = 0.9 every k = 10,000 steps. t counts this optimizer's own updates: with
 * several critic steps per generator step, the discriminator's t grows faster.
 *
 * @param initial η, key {@code lr}, &gt; 0
 * @param decay γ, key {@code lr_decay}, in (0, 1]; default 1
 * @param decaySteps k, key {@code lr_decay_steps}, ≥ 1; default 10,000
 */
public record LearningRate(double initial, double decay, int decaySteps) {
    /** The keys this record reads, for {@link Hyperparameters#requireOnly}. */
    public static final Set<String> KEYS = Set.of("lr", "lr_decay", "lr_decay_steps");

    /**
     * @param others an optimizer's own keys
     * @return {@link #KEYS} and {@code others}
     */
    public static Set<String> keysWith(String... others) {
        Set<String> keys = new java.util.HashSet<>(KEYS);
        keys.addAll(List.of(others));
        return Set.copyOf(keys);
    }

    /** Validates; the owner named in an error is {@code "learning rate"}. */
    public LearningRate {
        Check.positive("learning rate", "lr", initial);
        Check.inLeftOpenRange("learning rate", "lr_decay", decay, 0, 1);
        Check.positive("learning rate", "lr_decay_steps", decaySteps);
    }

    /**
     * @param learningRate η
     * @return a constant rate
     */
    public static LearningRate constant(double learningRate) {
        return new LearningRate(learningRate, 1, 10_000);
    }

    /**
     * @param owner the optimizer's id, named in errors
     * @param h the user's settings
     * @param defaultRate η when {@code lr} is not given
     * @return the validated schedule
     */
    public static LearningRate from(String owner, Hyperparameters h, double defaultRate) {
        double lr = Check.positive(owner, "lr", h.getDouble(owner, "lr", defaultRate));
        double decay = Check.inLeftOpenRange(owner, "lr_decay", h.getDouble(owner, "lr_decay", 1), 0, 1);
        int steps = Check.positive(owner, "lr_decay_steps", h.getInt(owner, "lr_decay_steps", 10_000));
        return new LearningRate(lr, decay, steps);
    }

    /** @return whether η never changes */
    public boolean isConstant() {
        return decay == 1;
    }

    /**
     * Builds η_t for the current step. A decaying rate keeps its update count t in the variable
     * {@code <player>_lr_step}, so it is checkpointed, and adds t ← t + 1 to {@code writes}.
     *
     * @param ops the ops
     * @param player the player's name
     * @param writes where the counter's increment goes
     * @return η_t, a scalar
     */
    public Tensor value(Ops ops, String player, List<Assignment> writes) {
        if (isConstant()) {
            return ops.constant(initial);
        }
        Variable t = ops.variable(player + "_lr_step", Shape.scalar(), Initializer.zeros(), false);
        writes.add(new Assignment(t, ops.add(t, ops.constant(1))));
        Tensor decays = ops.floor(ops.div(t, ops.constant(decaySteps)));
        return ops.mul(ops.constant(initial), ops.exp(ops.mul(decays, ops.constant(Math.log(decay)))));
    }
}
