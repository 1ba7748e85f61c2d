package org.gan4j.examples.compose;

import java.util.List;
import org.gan4j.api.role.Generator;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.Activation;
import org.gan4j.core.layers.Mlp;

/**
 * A user's own generator for 2-D points: z → tanh → tanh → linear (x, y). Written as a library user would, from
 * gan-core's {@link Mlp} layer stack; variables are prefixed {@code G}.
 */
public final class RingGenerator implements Generator {
    private final int latent;
    private final Mlp layers;

    /**
     * @param latent latent dimensions
     * @param width hidden units per layer
     */
    public RingGenerator(int latent, int width) {
        this.latent = latent;
        this.layers = new Mlp("G", width, 2, Activation.TANH, 2, Activation.LINEAR);
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
        return layers.apply(ops, noise);
    }

    @Override
    public List<Variable> variables() {
        return layers.variables();
    }
}
