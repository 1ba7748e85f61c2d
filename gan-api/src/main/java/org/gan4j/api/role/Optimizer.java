package org.gan4j.api.role;

import java.util.List;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * An update rule for one player: turns the gradients of that player's loss into new parameter values.
 *
 * <p>Call order: {@link #update} is called once per player while the backend traces; it creates the state it
 * needs (moments, step counters) as non-trainable variables named after {@code player}, and returns an
 * {@link UpdatePlan} whose values are computed from the current values. Nothing of the optimizer runs in Java
 * per training step. State lives in variables, so it is checkpointed with the model.
 *
 * @since 0.1
 */
@Stable
public interface Optimizer {
    /**
     * @param ops the backend's ops
     * @param player a short name unique per player ({@code "D"}, {@code "G"}), prefixing the state variables
     * @param parameters the player's trainable variables
     * @param gradients the gradient of the player's loss for each parameter, same order and shapes
     * @return the writes of one step
     */
    UpdatePlan update(Ops ops, String player, List<Variable> parameters, List<Tensor> gradients);
}
