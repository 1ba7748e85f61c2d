package org.gan4j.core.models;

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
 * The discriminator of TensorFlow's DCGAN tutorial, for images [h, w, c]:
 * <pre>
 * x → conv 64, 5×5, stride 2 → LeakyReLU → dropout
 *   → conv 128, 5×5, stride 2 → LeakyReLU → dropout → flatten → dense 1
 * </pre>
 * Convolutions have SAME padding and a bias; the output is a logit (or critic value). Variables are prefixed
 * {@code D}. Dropout is active in {@link Mode#TRAINING} (what {@link #score(Ops, Tensor)} and the trainer use)
 * and off in {@link Mode#INFERENCE}; without batch normalization it can be differentiated twice (gradient penalty,
 * competitive optimizers).
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
        Layer leaky = Layer.leakyRelu(parameters.slope());
        network = new Sequential(List.of(
                new Conv2D("D_conv1", new ConvolutionSpec(64, 5, 2, Padding.SAME, true, Activation.LINEAR)), leaky,
                new Dropout(parameters.dropout()),
                new Conv2D("D_conv2", new ConvolutionSpec(128, 5, 2, Padding.SAME, true, Activation.LINEAR)), leaky,
                new Dropout(parameters.dropout()),
                Layer.flatten(), new Dense("D_out", 1, Activation.LINEAR)));
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
