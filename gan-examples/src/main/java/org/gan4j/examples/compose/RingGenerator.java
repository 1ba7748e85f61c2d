package org.gan4j.examples.compose;

import java.util.List;
import org.gan4j.api.role.Generator;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.Activation;
import org.gan4j.core.layers.Dense;

/**
 * A user's own generator for 2-D points: z → tanh → tanh → linear (x, y). Written as a library user would, from
 * gan-core's {@link Dense} layer; variables are prefixed {@code G}.
 */
public final class RingGenerator implements Generator {
    private final int latent;
    private final List<Dense> layers;

    /**
     * @param latent latent dimensions
     * @param width hidden units per layer
     */
    public RingGenerator(int latent, int width) {
        this.latent = latent;
        this.layers = List.of(new Dense("G_h1", width, Activation.TANH), new Dense("G_h2", width, Activation.TANH),
                new Dense("G_xy", 2, Activation.LINEAR));
    }

    @Override
    public int latentDimension() {
        return latent;
    }

    @Override
    public Shape sampleShape() {
        return Shape.of(2);
    }

    @Override
    public Tensor generate(Ops ops, Tensor noise) {
        Tensor x = noise;
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
