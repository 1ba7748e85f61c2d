package org.gan4j.optimizers;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * An optimizer that updates each parameter tensor on its own, from its gradient and per-tensor slots.
 * Subclasses give the slot names and the rule for one tensor.
 */
abstract class ElementwiseRule implements Optimizer {
    private final LearningRate learningRate;

    /** @param learningRate η, constant or scheduled */
    ElementwiseRule(LearningRate learningRate) {
        this.learningRate = learningRate;
    }

    /** @return the names of the per-parameter state tensors, each initialized to zeros */
    abstract List<String> slotNames();

    /**
     * Builds the new values for one parameter tensor.
     *
     * @param ops the ops
     * @param step what the whole player's step shares (for example Adam's bias correction)
     * @param eta the learning rate of this step, a scalar
     * @param parameter the current value θ
     * @param gradient g
     * @param slots the current slot values, in {@link #slotNames()} order
     * @return the new θ followed by the new slot values
     */
    abstract List<Tensor> apply(Ops ops, Object step, Tensor eta, Variable parameter, Tensor gradient, List<Variable> slots);

    /**
     * Creates the player-wide state and the values shared by all its tensors in a step.
     *
     * @param ops the ops
     * @param player the player's name
     * @param writes where to add assignments of player-wide state
     * @return whatever {@link #apply} needs; the default is none
     */
    Object prepareStep(Ops ops, String player, List<Assignment> writes) {
        return null;
    }

    @Override
    public final UpdatePlan update(Ops ops, String player, List<Variable> parameters, List<Tensor> gradients) {
        if (parameters.size() != gradients.size()) {
            throw new GanException(getClass().getSimpleName() + " got " + parameters.size() + " parameters but "
                    + gradients.size() + " gradients for player " + player);
        }
        List<Assignment> writes = new ArrayList<>();
        Object step = prepareStep(ops, player, writes);
        Tensor eta = learningRate.value(ops, player, writes);
        for (int i = 0; i < parameters.size(); i++) {
            Variable parameter = parameters.get(i);
            List<Variable> slots = new ArrayList<>();
            for (String slot : slotNames()) {
                slots.add(ops.variable(player + "_" + parameter.name() + "_" + slot, parameter.shape(),
                        Initializer.zeros(), false));
            }
            List<Tensor> values = apply(ops, step, eta, parameter, gradients.get(i), List.copyOf(slots));
            writes.add(new Assignment(parameter, values.get(0)));
            for (int s = 0; s < slots.size(); s++) {
                writes.add(new Assignment(slots.get(s), values.get(s + 1)));
            }
        }
        return UpdatePlan.of(writes);
    }
}
