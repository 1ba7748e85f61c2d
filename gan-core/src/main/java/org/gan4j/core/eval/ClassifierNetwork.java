package org.gan4j.core.eval;

import java.util.List;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Padding;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.core.layers.Activation;
import org.gan4j.core.layers.Conv2D;
import org.gan4j.core.layers.ConvolutionSpec;
import org.gan4j.core.layers.Dense;
import org.gan4j.core.layers.Layer;
import org.gan4j.core.layers.Sequential;

/**
 * The small CNN whose penultimate layer gives the features of FID, KID and the nearest-neighbour metrics for
 * grey-scale images, standing in for Inception (whose weights cannot be downloaded here):
 * <pre>
 * x [n, 28, 28, 1] → conv 32, 5×5, stride 2, ReLU → conv 64, 5×5, stride 2, ReLU → flatten
 *   → dense {@value #FEATURES}, ReLU (the features) → dense classes (the logits)
 * </pre>
 * Variables are prefixed {@code C}. Its name is {@value #NAME}.
 */
public final class ClassifierNetwork extends LayeredFeatureNetwork {
    /** The name saved classifiers record ({@code run.network}), the class's own since the first of them. */
    public static final String NAME = "ClassifierNetwork";

    /** @param classes the number of classes */
    public ClassifierNetwork(int classes) {
        super(NAME, new Sequential(List.of(
                new Conv2D("C_conv1", new ConvolutionSpec(32, 5, 2, Padding.SAME, true, Activation.RELU)),
                new Conv2D("C_conv2", new ConvolutionSpec(64, 5, 2, Padding.SAME, true, Activation.RELU)),
                Layer.flatten(), new Dense("C_features", FEATURES, Activation.RELU))),
                new Dense("C_logits", classes, Activation.LINEAR));
    }

    /**
     * The mean softmax cross-entropy, composed as logsumexp(z) − z_y with the maximum subtracted first so that no
     * exponential overflows.
     *
     * @param ops the ops
     * @param logits [n, classes]
     * @param oneHot [n, classes], 1 at each sample's class
     * @return a scalar
     */
    public static Tensor crossEntropy(Ops ops, Tensor logits, Tensor oneHot) {
        Tensor max = ops.stopGradient(ops.max(logits, 1));
        long n = logits.shape().size(0);
        Tensor shifted = ops.sub(logits, ops.reshape(max, org.gan4j.api.tensor.Shape.of(n, 1)));
        Tensor logSumExp = ops.log(ops.sum(ops.exp(shifted), 1));
        return ops.mean(ops.sub(logSumExp, ops.sum(ops.mul(shifted, oneHot), 1)));
    }
}
