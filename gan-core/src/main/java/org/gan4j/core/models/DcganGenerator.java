package org.gan4j.core.models;

import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Generator;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.Activation;
import org.gan4j.core.layers.BatchNorm;
import org.gan4j.core.layers.ConvTranspose2D;
import org.gan4j.core.layers.ConvolutionSpec;
import org.gan4j.core.layers.Dense;
import org.gan4j.core.layers.Layer;
import org.gan4j.core.layers.Sequential;

/**
 * The generator of TensorFlow's DCGAN tutorial (after Radford, Metz &amp; Chintala, ICLR 2016), for images
 * [h, w, c] with h and w divisible by 4 (28 × 28 × 1 in the tutorial):
 * <pre>
 * z → dense (h/4)·(w/4)·256, no bias → BN → LeakyReLU → reshape [h/4, w/4, 256]
 *   → convᵀ 128, 5×5, stride 1 → BN → LeakyReLU
 *   → convᵀ 64, 5×5, stride 2 → BN → LeakyReLU
 *   → convᵀ c, 5×5, stride 2 → tanh
 * </pre>
 * Convolutions have SAME padding and no bias. Variables are prefixed {@code G}. Batch norm uses batch statistics
 * in {@link Mode#TRAINING} and its running statistics in {@link Mode#INFERENCE}, which the trainer's samples and an
 * exported model use.
 */
public final class DcganGenerator implements Generator {
    private final DcganParameters parameters;
    private final Shape sampleShape;
    private final Sequential network;

    /**
     * @param sampleShape [h, w, c], h and w divisible by 4
     * @param parameters the settings
     */
    public DcganGenerator(Shape sampleShape, DcganParameters parameters) {
        if (sampleShape.rank() != 3 || sampleShape.size(0) % 4 != 0 || sampleShape.size(1) % 4 != 0) {
            throw new GanException("the dcgan generator makes images [h, w, c] with h and w divisible by 4, but the "
                    + "data's samples are " + sampleShape + "; use an image data set or the mlp generator");
        }
        this.parameters = parameters;
        this.sampleShape = sampleShape;
        Shape seed = Shape.of(sampleShape.size(0) / 4, sampleShape.size(1) / 4, 256);
        BatchNorm.Kind bn = parameters.batchNorm();
        Layer leaky = Layer.leakyRelu(parameters.slope());
        network = new Sequential(List.of(
                Dense.withoutBias("G_dense", Math.toIntExact(seed.numElements())),
                BatchNorm.withDefaults("G_bn0", bn), leaky, Layer.reshape(seed),
                new ConvTranspose2D("G_convT1", ConvolutionSpec.same(128, 5, 1)), BatchNorm.withDefaults("G_bn1", bn), leaky,
                new ConvTranspose2D("G_convT2", ConvolutionSpec.same(64, 5, 2)), BatchNorm.withDefaults("G_bn2", bn), leaky,
                new ConvTranspose2D("G_convT3", ConvolutionSpec.same(Math.toIntExact(sampleShape.size(2)), 5, 2)
                        .then(Activation.TANH))));
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
        return generate(ops, noise, Mode.TRAINING);
    }

    @Override
    public Tensor generate(Ops ops, Tensor noise, Mode mode) {
        return network.apply(ops, noise, mode);
    }

    @Override
    public List<Assignment> trainingUpdates() {
        return network.trainingUpdates();
    }

    @Override
    public List<Variable> variables() {
        return network.variables();
    }
}
