package org.gan4j.api.role;

import java.util.List;
import org.gan4j.api.Experimental;
import org.gan4j.api.tensor.Ops;

/**
 * An update rule that moves both players from one game step, using the interaction between them (for
 * example competitive gradient descent, which needs the mixed second derivatives ∂²f/∂x∂y).
 *
 * <p>Like {@link Optimizer}, it is called once while the backend traces, keeps its state in non-trainable
 * variables, and returns pure assignments. A rule whose steps differ (ACGD solves for x and for y on alternate
 * steps) returns one plan per kind of step; game step s applies {@code plans.get(s % plans.size())}.
 *
 * @since 0.1
 */
@Experimental
public interface JointOptimizer {
    /**
     * @param ops the backend's ops
     * @param game the value and both players' variables
     * @return the plans of consecutive game steps, applied in turn, at least one; each writes both players
     */
    List<UpdatePlan> update(Ops ops, Game game);
}
