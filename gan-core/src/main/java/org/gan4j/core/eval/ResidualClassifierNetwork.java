package org.gan4j.core.eval;

import java.util.List;
import org.gan4j.api.tensor.Padding;
import org.gan4j.core.layers.Activation;
import org.gan4j.core.layers.Conv2D;
import org.gan4j.core.layers.ConvolutionSpec;
import org.gan4j.core.layers.Dense;
import org.gan4j.core.layers.Layer;
import org.gan4j.core.layers.Residual;
import org.gan4j.core.layers.Sequential;

/**
 * A small ResNet-style classifier (He et al., CVPR 2016) for colour images of any size, whose penultimate layer
 * gives the image metrics' features where Inception's weights cannot be had:
 * <pre>
 * x [n, h, w, c] → conv 32, 3×3, ReLU
 *   → block 64, stride 2 → block 128, stride 2 → block 128, stride 2
 *   → global average pool → dense {@value FeatureNetwork#FEATURES}, ReLU (the features) → dense classes (the logits)
 * block k, stride 2: ReLU(conv k 3×3 stride 2 → ReLU → conv k 3×3  +  conv k 1×1 stride 2)
 * </pre>
 * Convolutions have SAME padding and a bias; no batch norm, so it computes the same in training and use. Global
 * pooling makes it take any image size divisible by 8. Variables are prefixed {@code R}. Its name is {@value #NAME}.
 */
public final class ResidualClassifierNetwork extends LayeredFeatureNetwork {
    /** The name saved classifiers record. */
    public static final String NAME = "ResidualClassifierNetwork";

    /** @param classes the number of classes */
    public ResidualClassifierNetwork(int classes) {
        super(NAME, new Sequential(List.of(
                new Conv2D("R_stem", new ConvolutionSpec(32, 3, 1, Padding.SAME, true, Activation.RELU)),
                block("R_block1", 64), block("R_block2", 128), block("R_block3", 128),
                Layer.globalAveragePool(), new Dense("R_features", FEATURES, Activation.RELU))),
                new Dense("R_logits", classes, Activation.LINEAR));
    }

    private static Layer block(String name, int channels) {
        Layer main = new Sequential(List.of(
                new Conv2D(name + "_conv1", new ConvolutionSpec(channels, 3, 2, Padding.SAME, true, Activation.RELU)),
                new Conv2D(name + "_conv2", new ConvolutionSpec(channels, 3, 1, Padding.SAME, true, Activation.LINEAR))));
        Layer shortcut = new Conv2D(name + "_skip", new ConvolutionSpec(channels, 1, 2, Padding.SAME, true,
                Activation.LINEAR));
        return new Sequential(List.of(new Residual(main, shortcut), Layer.relu()));
    }
}
