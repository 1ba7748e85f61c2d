package org.gan4j.core.models;

import java.util.List;
import org.gan4j.api.role.Generator;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.Activation;
import org.gan4j.core.layers.Mlp;

/**
 * A generator MLP: z → hidden layers → an output layer (linear, tanh or sigmoid) reshaped to the sample shape.
 * Variables prefixed {@code G}.
 */
public final class MlpGenerator implements Generator {
    private final MlpGeneratorParameters parameters;
    private final Shape sampleShape;
    private final Mlp mlp;

    /**
     * @param sampleShape the shape of one sample
     * @param parameters the architecture
     */
    public MlpGenerator(Shape sampleShape, MlpGeneratorParameters parameters) {
        this.parameters = parameters;
        this.sampleShape = sampleShape;
        this.mlp = new Mlp("G", parameters.width(), parameters.depth(), parameters.activation(),
                Math.toIntExact(sampleShape.numElements()), parameters.output());
    }

    @Override
    public int latentDimension() {
        return parameters.latent();
    }

    @Override
    public Shape sampleShape() {
        return sampleShape;
    }

    @Override
    public Tensor generate(Ops ops, Tensor noise) {
        Tensor flat = mlp.apply(ops, noise);
        if (sampleShape.rank() == 1) {
            return flat;
        }
        return ops.reshape(flat, sampleShape.prepend(Shape.UNKNOWN));
    }

    @Override
    public List<Variable> variables() {
        return mlp.variables();
    }
}
