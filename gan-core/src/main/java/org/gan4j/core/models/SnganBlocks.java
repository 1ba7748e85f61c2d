package org.gan4j.core.models;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.layers.AveragePool2x;
import org.gan4j.core.layers.BatchNorm;
import org.gan4j.core.layers.Conv2D;
import org.gan4j.core.layers.ConvolutionSpec;
import org.gan4j.core.layers.Layer;
import org.gan4j.core.layers.Residual;
import org.gan4j.core.layers.Sequential;
import org.gan4j.core.layers.Upsample2x;

/**
 * The residual blocks of Miyato et al.'s ResNet networks, as the authors' code builds them
 * (github.com/pfnet-research/sngan_projection, {@code gen_models/resblocks.py} and {@code dis_models/resblocks.py}):
 * 3 × 3 convolutions with SAME padding, ReLU, nearest-neighbour upsampling, 2 × 2 average pooling, and a 1 × 1
 * convolution on the shortcut where the block changes the shape. Variables are named {@code <block>_<layer>_...}.
 */
final class SnganBlocks {
    /** Batch norm's decay, Chainer's default, which the authors' code uses. */
    static final double BN_MOMENTUM = 0.9;
    /** Batch norm's ε, Chainer's default. */
    static final double BN_EPSILON = 2e-5;

    private SnganBlocks() {
    }

    /**
     * @param name the variables' prefix
     * @param kind fused or composed
     * @return batch norm with Chainer's decay and ε
     */
    static BatchNorm batchNorm(String name, BatchNorm.Kind kind) {
        return new BatchNorm(name, BN_MOMENTUM, BN_EPSILON, kind);
    }

    /**
     * The generator's block, out channels at twice the side:
     * <pre>
     * main:     BN → ReLU → up 2× → conv 3×3 → BN → ReLU → conv 3×3      _bn1, _conv1, _bn2, _conv2
     * shortcut: conv 1×1 → up 2×                                        _shortcut
     * </pre>
     * The convolutions have no bias: each is followed, through convolutions and sums only, by a batch norm (the next
     * block's, or the one before G's output), which subtracts the per-channel batch mean, so a bias there would get a
     * zero gradient and never learn. (The reference code has them.) The shortcut convolves before upsampling, not after
     * as the reference does; a 1 × 1 convolution and nearest-neighbour upsampling commute, so the function is the same
     * at a quarter of the work.
     *
     * @param name the variables' prefix
     * @param out the block's output channels
     * @param kind batch norm, fused or composed
     * @return the block
     */
    static Layer up(String name, int out, BatchNorm.Kind kind) {
        Layer main = new Sequential(List.of(batchNorm(name + "_bn1", kind), Layer.relu(), new Upsample2x(),
                new Conv2D(name + "_conv1", ConvolutionSpec.same(out, 3, 1)), batchNorm(name + "_bn2", kind),
                Layer.relu(), new Conv2D(name + "_conv2", ConvolutionSpec.same(out, 3, 1))));
        Layer shortcut = new Sequential(List.of(new Conv2D(name + "_shortcut", ConvolutionSpec.same(out, 1, 1)),
                new Upsample2x()));
        return new Residual(main, shortcut);
    }

    /**
     * The discriminator's first block, on the image itself (the reference's {@code OptimizedBlock}):
     * <pre>
     * main:     conv 3×3 → ReLU → conv 3×3 → avg pool 2×2     _conv1, _conv2
     * shortcut: avg pool 2×2 → conv 1×1                       _shortcut
     * </pre>
     * Every convolution has a bias.
     *
     * @param name the variables' prefix
     * @param out the block's output channels
     * @return the block
     */
    static Layer optimizedDown(String name, int out) {
        Layer main = new Sequential(List.of(new Conv2D(name + "_conv1", biased(out, 3)), Layer.relu(),
                new Conv2D(name + "_conv2", biased(out, 3)), new AveragePool2x()));
        Layer shortcut = new Sequential(List.of(new AveragePool2x(), new Conv2D(name + "_shortcut", biased(out, 1))));
        return new Residual(main, shortcut);
    }

    /**
     * The discriminator's other blocks, in channels in, out channels out:
     * <pre>
     * main:     ReLU → conv 3×3 (in) → ReLU → conv 3×3 (out) [→ avg pool 2×2]    _conv1, _conv2
     * shortcut: conv 1×1 (out) [→ avg pool 2×2], or x itself when in = out and the side stays    _shortcut
     * </pre>
     * Every convolution has a bias.
     *
     * @param name the variables' prefix
     * @param in the block's input channels
     * @param out its output channels
     * @param downsample whether it halves the side
     * @return the block
     */
    static Layer down(String name, int in, int out, boolean downsample) {
        List<Layer> main = new ArrayList<>(List.of(Layer.relu(), new Conv2D(name + "_conv1", biased(in, 3)),
                Layer.relu(), new Conv2D(name + "_conv2", biased(out, 3))));
        if (in == out && !downsample) {
            return Residual.identity(new Sequential(main));
        }
        List<Layer> shortcut = new ArrayList<>(List.of(new Conv2D(name + "_shortcut", biased(out, 1))));
        if (downsample) {
            main.add(new AveragePool2x());
            shortcut.add(new AveragePool2x());
        }
        return new Residual(new Sequential(main), new Sequential(shortcut));
    }

    private static ConvolutionSpec biased(int filters, int kernelSize) {
        return ConvolutionSpec.same(filters, kernelSize, 1).withBias();
    }
}
