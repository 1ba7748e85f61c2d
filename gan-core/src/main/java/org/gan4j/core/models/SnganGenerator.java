package org.gan4j.core.models;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.role.Generator;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.Activation;
import org.gan4j.core.layers.ConvolutionSpec;
import org.gan4j.core.layers.Conv2D;
import org.gan4j.core.layers.Dense;
import org.gan4j.core.layers.Layer;
import org.gan4j.core.layers.Sequential;

/**
 * The ResNet generator of Miyato, Kataoka, Koyama &amp; Yoshida, "Spectral Normalization for Generative Adversarial
 * Networks", ICLR 2018 (Table 4, CIFAR-10), for images [s, s, c], s = 32, 48 or 64 ({@link SnganLayout}), c ≥ 1 (1
 * grey, 3 colour). At 32 × 32, with the default ch = 256:
 * <pre>
 * z ∈ R¹²⁸ → dense 4·4·ch → reshape [4, 4, ch]           G_dense
 *   → up block ch, three times: [8, 8], [16, 16], [32, 32]  G_block1 … G_block3 ({@link SnganBlocks#up})
 *   → BN → ReLU → conv 3×3, c → tanh                       G_bn, G_out
 * </pre>
 * At 48 × 48 (their STL-10 network, as torch-mimicry's {@code sngan_48.py} builds it) the seed is [6, 6, 8ch] and
 * the blocks have 4ch, 2ch, ch channels; at 64 × 64 (the authors' {@code resnet_64.py}) the seed is [4, 4, 16ch] and
 * the blocks 8ch, 4ch, 2ch, ch, with ch = 64 by default. The dense layer and the output convolution have a bias; the
 * blocks' convolutions do not (see {@link SnganBlocks#up}). Batch norm uses Chainer's decay 0.9 and ε = 2·10⁻⁵, batch
 * statistics in {@link Mode#TRAINING} and its running statistics in {@link Mode#INFERENCE}; {@code composed} batch
 * norm makes the generator differentiable twice (for {@code cgd} and {@code acgd}).
 *
 * <p>Where it differs from the authors' code ({@code gen_models/resnet_32.py}): every weight starts Glorot-uniform
 * (the reference scales the blocks' 3 × 3 kernels by √2); the dense layer's output is read as [4, 4, ch] (NHWC) rather
 * than [ch, 4, 4], a permutation of its units; and the blocks' convolutions have no bias (the reference's get a zero
 * gradient), 3 biases per block fewer: 4,274,435 parameters at 32 × 32 × 3 with ch = 256 where the reference has
 * 4,276,739.
 */
public final class SnganGenerator implements Generator {
    private final SnganGeneratorParameters parameters;
    private final Shape sampleShape;
    private final Sequential network;

    /**
     * @param sampleShape [s, s, c], s = 32, 48 or 64
     * @param parameters the settings
     */
    public SnganGenerator(Shape sampleShape, SnganGeneratorParameters parameters) {
        SnganLayout layout = SnganLayout.forImage("generator", sampleShape);
        this.parameters = parameters;
        this.sampleShape = sampleShape;
        int ch = parameters.ch();
        List<Integer> widths = layout.generatorWidths();
        Shape seed = Shape.of(layout.seedSide(), layout.seedSide(), (long) widths.get(0) * ch);
        List<Layer> layers = new ArrayList<>(List.of(
                new Dense("G_dense", Math.toIntExact(seed.numElements()), Activation.LINEAR), Layer.reshape(seed)));
        for (int i = 1; i <= layout.upBlocks(); i++) {
            layers.add(SnganBlocks.up("G_block" + i, widths.get(i) * ch, parameters.batchNorm()));
        }
        int channels = Math.toIntExact(sampleShape.size(2));
        layers.addAll(List.of(SnganBlocks.batchNorm("G_bn", parameters.batchNorm()), Layer.relu(),
                new Conv2D("G_out", ConvolutionSpec.same(channels, 3, 1).withBias().then(Activation.TANH))));
        this.network = new Sequential(layers);
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
