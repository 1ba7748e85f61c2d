package org.gan4j.core.models;

import java.util.ArrayList;
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
 * The generator of TensorFlow's DCGAN tutorial (after Radford, Metz &amp; Chintala, ICLR 2016), as deep as the image
 * is large, for images [h, w, c] with any c ≥ 1 (1 grey, 3 colour). It has n stride-2 layers, n = 2 for sides up
 * to 32 pixels and one more per doubling above (64 → 3, 128 → 4), the side being max(h, w), and h and w must
 * be divisible by 2ⁿ. From a seed [h/2ⁿ, w/2ⁿ, 64·2ⁿ]:
 * <pre>
 * z → dense (h/2ⁿ)·(w/2ⁿ)·64·2ⁿ, no bias → BN → LeakyReLU → reshape [h/2ⁿ, w/2ⁿ, 64·2ⁿ]  G_dense, G_bn0
 *   → convᵀ 64·2ⁿ⁻¹, 5×5, stride 1 → BN → LeakyReLU                                    G_convT1, G_bn1
 *   → convᵀ 64·2ⁿ⁻ⁱ, 5×5, stride 2 → BN → LeakyReLU, for i = 2, ..., n (down to 64)    G_convTi, G_bni
 *   → convᵀ c, 5×5, stride 2 → tanh                                                     G_convT(n+1)
 * </pre>
 * <table>
 * <caption>the layers per image size</caption>
 * <tr><th>images</th><th>n</th><th>seed</th><th>transposed convolutions (channels, stride)</th></tr>
 * <tr><td>up to 32 × 32, e.g. 28 × 28 × 1</td><td>2</td><td>[h/4, w/4, 256]</td>
 *     <td>128 s1, 64 s2, c s2: the tutorial's network, unchanged</td></tr>
 * <tr><td>up to 64 × 64, e.g. 64 × 64 × 3</td><td>3</td><td>[h/8, w/8, 512]</td>
 *     <td>256 s1, 128 s2, 64 s2, c s2</td></tr>
 * <tr><td>up to 128 × 128</td><td>4</td><td>[h/16, w/16, 1024]</td><td>512 s1, 256 s2, 128 s2, 64 s2, c s2</td></tr>
 * </table>
 * Convolutions have SAME padding and no bias. Variables are prefixed {@code G} and numbered as above, created in
 * that order. Batch norm uses batch statistics in {@link Mode#TRAINING} and its running statistics in
 * {@link Mode#INFERENCE}, which the trainer's samples and an exported model use.
 */
public final class DcganGenerator implements Generator {
    private final DcganParameters parameters;
    private final Shape sampleShape;
    private final Sequential network;

    /**
     * @param sampleShape [h, w, c], h and w divisible by 2ⁿ (4 up to 32 pixels a side, 8 up to 64, ...)
     * @param parameters the settings
     */
    public DcganGenerator(Shape sampleShape, DcganParameters parameters) {
        if (sampleShape.rank() != 3) {
            throw new GanException("the dcgan generator makes images [h, w, c], but the data's samples are "
                    + sampleShape + "; use an image data set or the mlp generator");
        }
        DcganDepth depth = DcganDepth.forImage(sampleShape);
        requireDivisible(sampleShape, depth);
        this.parameters = parameters;
        this.sampleShape = sampleShape;
        this.network = new Sequential(layers(sampleShape, depth, parameters));
    }

    private static List<Layer> layers(Shape sampleShape, DcganDepth depth, DcganParameters parameters) {
        int n = depth.strided();
        Shape seed = Shape.of(sampleShape.size(0) / depth.scale(), sampleShape.size(1) / depth.scale(),
                depth.channels(n));
        BatchNorm.Kind bn = parameters.batchNorm();
        Layer leaky = Layer.leakyRelu(parameters.slope());
        List<Layer> layers = new ArrayList<>(List.of(
                Dense.withoutBias("G_dense", Math.toIntExact(seed.numElements())),
                BatchNorm.withDefaults("G_bn0", bn), leaky, Layer.reshape(seed),
                new ConvTranspose2D("G_convT1", ConvolutionSpec.same(depth.channels(n - 1), 5, 1)),
                BatchNorm.withDefaults("G_bn1", bn), leaky));
        for (int i = 2; i <= n; i++) {
            layers.addAll(List.of(new ConvTranspose2D("G_convT" + i, ConvolutionSpec.same(depth.channels(n - i), 5, 2)),
                    BatchNorm.withDefaults("G_bn" + i, bn), leaky));
        }
        int channels = Math.toIntExact(sampleShape.size(2));
        layers.add(new ConvTranspose2D("G_convT" + (n + 1), ConvolutionSpec.same(channels, 5, 2).then(Activation.TANH)));
        return layers;
    }

    private static void requireDivisible(Shape sampleShape, DcganDepth depth) {
        long scale = depth.scale();
        StringBuilder sides = new StringBuilder();
        for (int axis = 0; axis < 2; axis++) {
            long side = sampleShape.size(axis);
            if (side % scale != 0) {
                long below = side / scale * scale;
                sides.append(sides.length() == 0 ? "" : "; ").append(axis == 0 ? "h = " : "w = ").append(side)
                        .append(" is not (").append(below == 0 ? "" : below + " or ").append(below + scale)
                        .append(" would be)");
            }
        }
        if (sides.length() > 0) {
            throw new GanException("the dcgan generator makes " + sampleShape + " images with " + depth.strided()
                    + " stride-2 layers (2 for sides up to 32 pixels, one more per doubling above) from a seed of [h/"
                    + scale + ", w/" + scale + ", " + depth.channels(depth.strided()) + "], so h and w must be "
                    + "divisible by " + scale + "; " + sides + "; resize the images, or use the mlp generator");
        }
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
