package org.gan4j.core.models;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Padding;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.Activation;
import org.gan4j.core.layers.Conv2D;
import org.gan4j.core.layers.ConvolutionSpec;
import org.gan4j.core.layers.Dense;
import org.gan4j.core.layers.Dropout;
import org.gan4j.core.layers.Layer;
import org.gan4j.core.layers.Sequential;

/**
 * The discriminator of TensorFlow's DCGAN tutorial, as deep as the image is large, for images [h, w, c] with any
 * c ≥ 1. It has n stride-2 convolutions, n = 2 for sides up to 32 pixels and one more per doubling above (64 → 3,
 * 128 → 4), the side being max(h, w), with 64, 128, 256, ... channels:
 * <pre>
 * x → conv 64, 5×5, stride 2 → LeakyReLU → dropout                          D_conv1
 *   → conv 64·2ⁱ⁻¹, 5×5, stride 2 → LeakyReLU → dropout, for i = 2, ..., n    D_convi
 *   → flatten → dense 1                                                      D_out
 * </pre>
 * <table>
 * <caption>the layers per image size</caption>
 * <tr><th>images</th><th>n</th><th>convolutions (channels)</th><th>flattened</th></tr>
 * <tr><td>up to 32 × 32, e.g. 28 × 28 × 1</td><td>2</td><td>64, 128: the tutorial's network, unchanged</td>
 *     <td>⌈h/4⌉·⌈w/4⌉·128</td></tr>
 * <tr><td>up to 64 × 64, e.g. 64 × 64 × 3</td><td>3</td><td>64, 128, 256</td><td>⌈h/8⌉·⌈w/8⌉·256</td></tr>
 * <tr><td>up to 128 × 128</td><td>4</td><td>64, 128, 256, 512</td><td>⌈h/16⌉·⌈w/16⌉·512</td></tr>
 * </table>
 * Convolutions have SAME padding and a bias, so any side works; the output is a logit (or critic value).
 * Variables are prefixed {@code D} and numbered as above, created in that order. Dropout is active in
 * {@link Mode#TRAINING} (what {@link #score(Ops, Tensor)} and the trainer use) and off in {@link Mode#INFERENCE};
 * without batch normalization it can be differentiated twice (gradient penalty, competitive optimizers).
 */
public final class DcganDiscriminator implements Discriminator {
    private final Sequential network;

    /**
     * @param sampleShape [h, w, c]
     * @param parameters the settings
     */
    public DcganDiscriminator(Shape sampleShape, DcganParameters parameters) {
        if (sampleShape.rank() != 3) {
            throw new GanException("the dcgan discriminator scores images [h, w, c], but the data's samples are "
                    + sampleShape + "; use an image data set or the mlp discriminator");
        }
        DcganDepth depth = DcganDepth.forImage(sampleShape);
        Layer leaky = Layer.leakyRelu(parameters.slope());
        List<Layer> layers = new ArrayList<>();
        for (int i = 1; i <= depth.strided(); i++) {
            layers.addAll(List.of(new Conv2D("D_conv" + i, new ConvolutionSpec(depth.channels(i - 1), 5, 2, Padding.SAME,
                    true, Activation.LINEAR)), leaky, new Dropout(parameters.dropout())));
        }
        layers.addAll(List.of(Layer.flatten(), new Dense("D_out", 1, Activation.LINEAR)));
        network = new Sequential(layers);
    }

    @Override
    public Tensor score(Ops ops, Tensor samples) {
        return score(ops, samples, Mode.TRAINING);
    }

    @Override
    public Tensor score(Ops ops, Tensor samples, Mode mode) {
        return network.apply(ops, samples, mode);
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
