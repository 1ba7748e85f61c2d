package org.gan4j.core.models;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.Dense;
import org.gan4j.core.layers.Layer;
import org.gan4j.core.layers.Sequential;

/**
 * The ResNet discriminator of Miyato, Kataoka, Koyama &amp; Yoshida, "Spectral Normalization for Generative
 * Adversarial Networks", ICLR 2018 (Table 4, CIFAR-10), for images [s, s, c], s = 32, 48 or 64
 * ({@link SnganLayout}), c ≥ 1. At 32 × 32, with the default ch = 128:
 * <pre>
 * x → optimized block ch, ↓ [16, 16]                     D_block1 ({@link SnganBlocks#optimizedDown})
 *   → block ch, ↓ [8, 8]                                 D_block2 ({@link SnganBlocks#down})
 *   → block ch, block ch [8, 8]                          D_block3, D_block4
 *   → ReLU → sum over height and width → dense 1, no bias D_out
 * </pre>
 * At 48 × 48 (their STL-10 network, as torch-mimicry's {@code sngan_48.py} builds it) the blocks have ch↓, 2ch↓,
 * 4ch↓, 8ch↓, 16ch channels, at 64 × 64 (the authors' {@code snresnet_64.py}) ch↓, 2ch↓, 4ch↓, 8ch↓, 16ch↓, with
 * ch = 64 by default. The output is a logit (or critic value); nothing depends on the mode, and every op can be
 * differentiated twice (gradient penalties, {@code cgd}).
 *
 * <p>Spectral normalization is not built in: the paper's discriminator is this network trained with
 * {@code --regularizer spectral-norm}, whose weight transform the trainer applies to every kernel and to the dense
 * weight (not to biases, as in the reference's {@code SNConvolution2D} and {@code SNLinear}), with the paper's
 * optimizer settings as its recipe. Without it, this is the same ResNet critic unnormalized (for a gradient penalty,
 * say). Where it differs from the authors' code ({@code dis_models/snresnet_32.py}): every weight starts
 * Glorot-uniform (the reference scales the blocks' 3 × 3 kernels by √2), which spectral normalization makes
 * irrelevant, as W/σ(W) does not depend on W's scale. Parameters: 1,053,824 at 32 × 32 × 3 with ch = 128, as the
 * reference.
 */
public final class SnganDiscriminator implements Discriminator {
    private final Sequential network;

    /**
     * @param sampleShape [s, s, c], s = 32, 48 or 64
     * @param parameters the settings
     */
    public SnganDiscriminator(Shape sampleShape, SnganDiscriminatorParameters parameters) {
        SnganLayout layout = SnganLayout.forImage("discriminator", sampleShape);
        int ch = parameters.ch();
        List<Integer> widths = layout.discriminatorWidths();
        List<Layer> layers = new ArrayList<>(List.of(SnganBlocks.optimizedDown("D_block1", widths.get(0) * ch)));
        for (int i = 1; i < widths.size(); i++) {
            layers.add(SnganBlocks.down("D_block" + (i + 1), widths.get(i - 1) * ch, widths.get(i) * ch,
                    i < layout.downsampling()));
        }
        layers.addAll(List.of(Layer.relu(), Layer.globalSumPool(), Dense.withoutBias("D_out", 1)));
        this.network = new Sequential(layers);
    }

    @Override
    public Tensor score(Ops ops, Tensor samples) {
        return network.apply(ops, samples, Mode.TRAINING); // no layer depends on the mode
    }

    @Override
    public List<Variable> variables() {
        return network.variables();
    }
}
