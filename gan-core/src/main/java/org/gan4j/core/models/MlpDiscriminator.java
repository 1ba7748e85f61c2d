package org.gan4j.core.models;

import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.Activation;
import org.gan4j.core.layers.Mlp;

/**
 * A discriminator MLP giving one logit per scored unit. Variables prefixed {@code D}.
 *
 * <p>With {@code pack = m > 1} it is PacGAN's packed discriminator (Lin, Khetan, Fanti &amp; Oh, "PacGAN: The
 * power of two samples in generative adversarial networks", NeurIPS 2018): m consecutive samples of a batch are
 * concatenated and scored together, so a batch of B samples gives B/m scores. Packing penalizes mode collapse,
 * because m samples from a collapsed generator look alike in a way m real samples do not.
 */
public final class MlpDiscriminator implements Discriminator {
    private final MlpDiscriminatorParameters parameters;
    private final long features;
    private final Mlp mlp;

    /**
     * @param sampleShape the shape of one sample
     * @param parameters the architecture
     */
    public MlpDiscriminator(Shape sampleShape, MlpDiscriminatorParameters parameters) {
        this.parameters = parameters;
        this.features = sampleShape.numElements();
        this.mlp = new Mlp("D", parameters.width(), parameters.depth(), parameters.activation(), 1, Activation.LINEAR);
    }

    @Override
    public Tensor score(Ops ops, Tensor samples) {
        long batch = samples.shape().size(0);
        int pack = parameters.pack();
        if (pack > 1 && batch != Shape.UNKNOWN && batch % pack != 0) {
            throw new GanException("discriminator mlp: a batch of " + batch + " samples cannot be packed in groups of pack = "
                    + pack + "; choose a batch size divisible by " + pack + ", or another pack");
        }
        return mlp.apply(ops, ops.reshape(samples, Shape.of(Shape.UNKNOWN, features * pack)));
    }

    @Override
    public List<Variable> variables() {
        return mlp.variables();
    }

    /** @return {@code pack}: m consecutive samples share one score */
    @Override
    public int groupSize() {
        return parameters.pack();
    }
}
