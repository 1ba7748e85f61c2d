package org.gan4j.core.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.role.Mode;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.BatchNorm;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The SNGAN networks' sizes, traced on the TensorFlow backend. No published table gives their parameter counts, so
 * the expected figures are worked out by hand below, layer by layer from the authors' Chainer code
 * (github.com/pfnet-research/sngan_projection: gen_models/resnet_32.py, resnet_64.py, resblocks.py;
 * dis_models/snresnet_32.py, snresnet_64.py, resblocks.py) and torch-mimicry's sngan_32.py, sngan_48.py and
 * sngan_64.py (github.com/kwotsin/mimicry), which build the same layers: a 3 × 3 convolution has 9·c_in·c_out weights
 * (+ c_out biases), a 1 × 1 one c_in·c_out (+ c_out), a dense layer in·out (+ out), a batch norm 2 trainable values
 * per channel (γ, β) and 2 running statistics. Where gan4j differs (no bias on the generator blocks' convolutions,
 * which batch norm cancels; see SnganBlocks.up), the reference's figure is given too.
 */
class SnganModelsTest {
    private static long count(List<Variable> variables, boolean trainable) {
        return variables.stream().filter(v -> v.trainable() == trainable).mapToLong(v -> v.shape().numElements()).sum();
    }

    private static List<String> names(List<Variable> variables) {
        return variables.stream().map(Variable::name).toList();
    }

    private record Traced(long gTrainable, long gRunning, List<String> gNames, Shape images, long d, List<String> dNames,
            Shape scores) {}

    /** Traces G on 4 noise vectors and D on G's images, with the default settings. */
    private static Traced trace(Shape image) {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1)) {
            Ops ops = c.ops();
            SnganGenerator g = new SnganGenerator(image, SnganGeneratorParameters.from(Hyperparameters.empty(), image));
            Tensor images = g.generate(ops, ops.randomNormal(Shape.of(4, g.latentDimension()), "z"));
            long gTrainable = count(c.variables(), true);
            long gRunning = count(c.variables(), false);
            SnganDiscriminator d = new SnganDiscriminator(image,
                    SnganDiscriminatorParameters.from(Hyperparameters.empty(), image));
            Tensor scores = d.score(ops, images);
            assertThat(count(g.variables(), true)).as("G's own variables are its trainable ones").isEqualTo(gTrainable);
            assertThat(d.variables()).allMatch(Variable::trainable);
            return new Traced(gTrainable, gRunning, names(g.variables()), images.shape(), count(d.variables(), true),
                    names(d.variables()), scores.shape());
        }
    }

    private static List<String> generatorBlock(String block) {
        return List.of(block + "_bn1_gamma", block + "_bn1_beta", block + "_conv1_K", block + "_bn2_gamma",
                block + "_bn2_beta", block + "_conv2_K", block + "_shortcut_K");
    }

    private static List<String> discriminatorBlock(String block, boolean shortcut) {
        List<String> names = new ArrayList<>(List.of(block + "_conv1_K", block + "_conv1_b", block + "_conv2_K",
                block + "_conv2_b"));
        if (shortcut) {
            names.addAll(List.of(block + "_shortcut_K", block + "_shortcut_b"));
        }
        return names;
    }

    @Test
    @DisplayName("32 × 32 × 3, the paper's CIFAR-10 networks: G 4,274,435 trainable (the reference's 4,276,739 less "
            + "2,304 block biases) + 3,584 running statistics, D 1,053,824 as the reference; G makes [4, 32, 32, 3], "
            + "D gives [4, 1]")
    void cifar() {
        // G, ch = 256, z ∈ R^128:
        //   G_dense     128 · 4·4·256 + 4,096                            =   528,384
        //   G_blockI, I = 1, 2, 3 (256 → 256, 4 → 8 → 16 → 32):
        //     bn1 2 · 256 = 512; conv1 9 · 256 · 256 = 589,824; bn2 512; conv2 589,824; shortcut 256 · 256 = 65,536
        //                                                   = 1,246,208, three times = 3,738,624
        //     (the reference adds c1, c2 and c_sc biases: 3 · 256 = 768 per block, 2,304 in all)
        //   G_bn        2 · 256                                          =       512
        //   G_out       9 · 256 · 3 + 3                                  =     6,915
        //   trainable 4,274,435 (reference 4,276,739); running mean and variance 2 · (3 · (256 + 256) + 256) = 3,584
        // D, ch = 128:
        //   D_block1    conv1 9·3·128 + 128 = 3,584; conv2 9·128·128 + 128 = 147,584; shortcut 3·128 + 128 = 512
        //                                                                =   151,680
        //   D_block2    conv1 147,584; conv2 147,584; shortcut 128·128 + 128 = 16,512 (↓)   =   311,680
        //   D_block3, D_block4: conv1 147,584, conv2 147,584, no shortcut (identity), 295,168 each = 590,336
        //   D_out       128 · 1, no bias (snresnet_32.py: nobias=True)  =       128
        //   total 1,053,824 (torch-mimicry's SNLinear has a bias: 1,053,825)
        Traced t = trace(Shape.of(32, 32, 3));
        assertThat(t.gTrainable()).as("G trainable").isEqualTo(4_274_435);
        assertThat(t.gRunning()).as("G running statistics").isEqualTo(3_584);
        assertThat(t.d()).as("D").isEqualTo(1_053_824);
        List<String> g = new ArrayList<>(List.of("G_dense_W", "G_dense_b"));
        for (int i = 1; i <= 3; i++) {
            g.addAll(generatorBlock("G_block" + i));
        }
        g.addAll(List.of("G_bn_gamma", "G_bn_beta", "G_out_K", "G_out_b"));
        assertThat(t.gNames()).isEqualTo(g);
        List<String> d = new ArrayList<>(discriminatorBlock("D_block1", true));
        d.addAll(discriminatorBlock("D_block2", true));
        d.addAll(discriminatorBlock("D_block3", false));
        d.addAll(discriminatorBlock("D_block4", false));
        d.add("D_out_W");
        assertThat(t.dNames()).isEqualTo(d);
        assertThat(t.images()).isEqualTo(Shape.of(4, 32, 32, 3));
        assertThat(t.scores()).isEqualTo(Shape.of(4, 1));
    }

    @Test
    @DisplayName("48 × 48 × 3, the paper's STL-10 networks: G 4,876,739 trainable (reference 4,878,083) + 2,816, "
            + "D 10,141,440; G makes [4, 48, 48, 3], D gives [4, 1]")
    void stl10() {
        // G, ch = 64: seed [6, 6, 512], blocks 512 → 256 → 128 → 64
        //   G_dense     128 · 6·6·512 + 18,432                                   = 2,377,728
        //   G_block1    bn1 1,024; conv1 9·512·256 = 1,179,648; bn2 512; conv2 9·256·256 = 589,824; shortcut 131,072
        //                                                                        = 1,902,080 (reference + 768)
        //   G_block2    512 + 294,912 + 256 + 147,456 + 32,768                   =   475,904 (reference + 384)
        //   G_block3    256 + 73,728 + 128 + 36,864 + 8,192                      =   119,168 (reference + 192)
        //   G_bn 128; G_out 9·64·3 + 3 = 1,731
        //   trainable 4,876,739 (reference 4,878,083); running 2 · (768 + 384 + 192 + 64) = 2,816
        // D, ch = 64: blocks 64↓, 128↓, 256↓, 512↓, 1024 (hidden width = the block's input width)
        //   D_block1    9·3·64 + 64 + 9·64·64 + 64 + 3·64 + 64                   =    38,976
        //   D_block2    9·64·64 + 64 + 9·64·128 + 128 + 64·128 + 128             =   119,104
        //   D_block3    9·128·128 + 128 + 9·128·256 + 256 + 128·256 + 256        =   475,776
        //   D_block4    9·256·256 + 256 + 9·256·512 + 512 + 256·512 + 512        = 1,901,824
        //   D_block5    9·512·512 + 512 + 9·512·1024 + 1,024 + 512·1024 + 1,024  = 7,604,736
        //   D_out       1,024                                                    =     1,024
        //   total 10,141,440 (torch-mimicry, with the dense bias: 10,141,441)
        Traced t = trace(Shape.of(48, 48, 3));
        assertThat(t.gTrainable()).as("G trainable").isEqualTo(4_876_739);
        assertThat(t.gRunning()).as("G running statistics").isEqualTo(2_816);
        assertThat(t.d()).as("D").isEqualTo(10_141_440);
        assertThat(t.dNames()).filteredOn(n -> n.endsWith("_shortcut_K")).hasSize(5);
        assertThat(t.images()).isEqualTo(Shape.of(4, 48, 48, 3));
        assertThat(t.scores()).isEqualTo(Shape.of(4, 1));
    }

    @Test
    @DisplayName("64 × 64 × 3, the authors' 64-pixel networks: G 12,217,795 trainable (reference 12,220,675) + 5,888, "
            + "D 10,141,440; G makes [4, 64, 64, 3], D gives [4, 1]")
    void size64() {
        // G, ch = 64: seed [4, 4, 1024], blocks 1024 → 512 → 256 → 128 → 64
        //   G_dense     128 · 4·4·1024 + 16,384                                  = 2,113,536
        //   G_block1    2,048 + 9·1024·512 + 1,024 + 9·512·512 + 1024·512        = 7,605,248 (reference + 1,536)
        //   G_block2, G_block3, G_block4 as the 48-pixel G's blocks 1 to 3:     1,902,080 + 475,904 + 119,168
        //   G_bn 128; G_out 1,731
        //   trainable 12,217,795 (reference 12,220,675); running 2 · (1,536 + 768 + 384 + 192 + 64) = 5,888
        // D, ch = 64: blocks 64↓, 128↓, 256↓, 512↓, 1024↓: the 48-pixel D's layers, with block 5 pooling too
        //   total 10,141,440 (snresnet_64.py's and torch-mimicry's dense layer have a bias: 10,141,441)
        Traced t = trace(Shape.of(64, 64, 3));
        assertThat(t.gTrainable()).as("G trainable").isEqualTo(12_217_795);
        assertThat(t.gRunning()).as("G running statistics").isEqualTo(5_888);
        assertThat(t.d()).as("D").isEqualTo(10_141_440);
        assertThat(t.images()).isEqualTo(Shape.of(4, 64, 64, 3));
        assertThat(t.scores()).isEqualTo(Shape.of(4, 1));
    }

    @Test
    @DisplayName("grey 32 × 32 images with ch = 8: G's images [2, 32, 32, 1] in [−1, 1], the same on every inference "
            + "run; D's scores [2, 1]")
    void greyImagesRun() {
        Shape image = Shape.of(32, 32, 1);
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1)) {
            Ops ops = c.ops();
            SnganGenerator g = new SnganGenerator(image, SnganGeneratorParameters.from(Hyperparameters.parse("ch=8"), image));
            SnganDiscriminator d = new SnganDiscriminator(image,
                    SnganDiscriminatorParameters.from(Hyperparameters.parse("ch=8"), image));
            Tensor images = g.generate(ops, ops.randomNormal(Shape.of(2, 128), "z"), Mode.INFERENCE);
            var step = c.compile(new StepDefinition("forward", List.of(), Map.of("images", images, "scores", d.score(ops, images))));
            Map<String, HostTensor> first = c.run(step, Map.of(), 0);
            assertThat(first.get("images").shape()).isEqualTo(Shape.of(2, 32, 32, 1));
            assertThat(first.get("scores").shape()).isEqualTo(Shape.of(2, 1));
            for (float v : first.get("images").toFloatArray()) {
                assertThat(v).isBetween(-1f, 1f);
            }
            assertThat(c.run(step, Map.of(), 0).get("images")).isEqualTo(first.get("images"));
        }
    }

    @Test
    @DisplayName("settings: latent 128, ch by size (G 256 and D 128 at 32 pixels, 64 above), fused batch norm by default")
    void defaults() {
        Hyperparameters none = Hyperparameters.empty();
        assertThat(SnganGeneratorParameters.from(none, Shape.of(32, 32, 3)))
                .isEqualTo(new SnganGeneratorParameters(128, 256, BatchNorm.Kind.FUSED));
        assertThat(SnganGeneratorParameters.from(none, Shape.of(64, 64, 1)).ch()).isEqualTo(64);
        assertThat(SnganDiscriminatorParameters.from(none, Shape.of(32, 32, 1)).ch()).isEqualTo(128);
        assertThat(SnganDiscriminatorParameters.from(none, Shape.of(48, 48, 3)).ch()).isEqualTo(64);
        assertThat(SnganGeneratorParameters.from(Hyperparameters.parse("latent=16,ch=32,batch-norm=composed"),
                Shape.of(32, 32, 3))).isEqualTo(new SnganGeneratorParameters(16, 32, BatchNorm.Kind.COMPOSED));
    }

    @Test
    @DisplayName("other image sizes, samples that are not images and settings out of range are refused with the remedy")
    void invalidUse() {
        Hyperparameters none = Hyperparameters.empty();
        assertThatThrownBy(() -> new SnganGeneratorProvider().create(Shape.of(28, 28, 1), none))
                .isInstanceOf(GanException.class)
                .hasMessage("the sngan generator is made for images of 32 × 32, 48 × 48 or 64 × 64 pixels (the networks "
                        + "of Miyato et al. 2018 and their reference code), but the data's images are [28, 28, 1]; "
                        + "resize them to one of those sizes, or use the dcgan generator, which takes any size");
        assertThatThrownBy(() -> new SnganDiscriminatorProvider().create(Shape.of(32, 64, 3), none))
                .isInstanceOf(GanException.class).hasMessageContaining("the sngan discriminator is made for images of "
                        + "32 × 32, 48 × 48 or 64 × 64").hasMessageContaining("[32, 64, 3]")
                .hasMessageContaining("use the dcgan discriminator");
        assertThatThrownBy(() -> new SnganDiscriminatorProvider().create(Shape.of(2), none))
                .isInstanceOf(GanException.class).hasMessage("the sngan discriminator works on images [h, w, c], but the "
                        + "data's samples are [2]; use an image data set or the mlp discriminator");
        assertThatThrownBy(() -> SnganGeneratorParameters.from(Hyperparameters.parse("ch=0"), Shape.of(32, 32, 3)))
                .isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("generator sngan: ch = 0 is invalid; it must be an integer in [1, 1024].");
        assertThatThrownBy(() -> SnganDiscriminatorParameters.from(Hyperparameters.parse("ch=2048"), Shape.of(32, 32, 3)))
                .isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("discriminator sngan: ch = 2048 is invalid; it must be an integer in [1, 1024].");
        assertThatThrownBy(() -> SnganGeneratorParameters.from(Hyperparameters.parse("batch-norm=fast"), Shape.of(32, 32, 3)))
                .isInstanceOf(InvalidHyperparameterException.class).hasMessageContaining("batch-norm = 'fast'")
                .hasMessageContaining("composed");
        assertThatThrownBy(() -> SnganDiscriminatorParameters.from(Hyperparameters.parse("latent=8"), Shape.of(32, 32, 3)))
                .isInstanceOf(InvalidHyperparameterException.class).hasMessageContaining("latent");
    }
}
