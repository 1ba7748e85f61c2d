package org.gan4j.tck;

import java.util.List;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * The critic D(x) = x·w for a given weight tensor w [features, 1]: ∇_x D = w at every point, so gradient
 * penalties on it have closed forms. It owns no variables.
 *
 * @param w the weights, a constant or an input of the computation
 */
public record LinearCritic(Tensor w) implements Discriminator {
    @Override
    public Tensor score(Ops ops, Tensor samples) {
        return ops.matmul(samples, w);
    }

    @Override
    public List<Variable> variables() {
        return List.of();
    }
}
