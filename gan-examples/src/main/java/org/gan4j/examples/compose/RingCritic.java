package org.gan4j.examples.compose;

import java.util.List;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.Activation;
import org.gan4j.core.layers.Mlp;

/** A user's own discriminator for 2-D points: (x, y) → leaky ReLU → leaky ReLU → one logit. Variables prefixed {@code D}. */
public final class RingCritic implements Discriminator {
    private final Mlp layers;

    /** @param width hidden units per layer */
    public RingCritic(int width) {
        this.layers = new Mlp("D", width, 2, Activation.LEAKY_RELU, 1, Activation.LINEAR);
    }

    @Override
    public Tensor score(Ops ops, Tensor samples) {
        return layers.apply(ops, samples);
    }

    @Override
    public List<Variable> variables() {
        return layers.variables();
    }
}
