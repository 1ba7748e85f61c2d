package org.gan4j.examples.compose;

import java.util.List;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.Activation;
import org.gan4j.core.layers.Dense;

/** A user's own discriminator for 2-D points: (x, y) → leaky ReLU → leaky ReLU → one logit. Variables prefixed {@code D}. */
public final class RingCritic implements Discriminator {
    private final List<Dense> layers;

    /** @param width hidden units per layer */
    public RingCritic(int width) {
        this.layers = List.of(new Dense("D_h1", width, Activation.LEAKY_RELU),
                new Dense("D_h2", width, Activation.LEAKY_RELU), new Dense("D_logit", 1, Activation.LINEAR));
    }

    @Override
    public Tensor score(Ops ops, Tensor samples) {
        Tensor x = samples;
        for (Dense layer : layers) {
            x = layer.apply(ops, x);
        }
        return x;
    }

    @Override
    public List<Variable> variables() {
        return layers.stream().flatMap(l -> l.variables().stream()).toList();
    }
}
