package org.gan4j.core.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Mode;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DCGAN's depth follows the image size: n = 2 stride-2 layers for sides up to 32, one more per doubling above.
 * The expected parameter counts are worked out by hand from the layer lists of the models' Javadoc: a dense layer
 * has in·out weights (+ out biases), a 5 × 5 convolution 25·c_in·c_out (+ c_out biases), a batch norm 4 per channel
 * (γ and β trainable, moving mean and variance not).
 */
class DcganSizesTest {
    private static long count(List<Variable> variables, boolean trainable) {
        return variables.stream().filter(v -> v.trainable() == trainable).mapToLong(v -> v.shape().numElements()).sum();
    }

    private static List<String> names(List<Variable> variables) {
        return variables.stream().map(Variable::name).toList();
    }

    @ParameterizedTest(name = "[{0}, {1}, c]: n = {2}")
    @DisplayName("n = 2 up to 32 pixels a side, 3 up to 64, 4 up to 128, 5 up to 256, by the larger side")
    @CsvSource({"1, 1, 2", "8, 8, 2", "28, 28, 2", "32, 32, 2", "32, 4, 2", "33, 33, 3", "48, 48, 3", "64, 64, 3",
            "28, 64, 3", "65, 8, 4", "96, 96, 4", "128, 128, 4", "129, 129, 5", "256, 256, 5"})
    void depthFollowsTheSize(long height, long width, int strided) {
        assertThat(DcganDepth.forImage(Shape.of(height, width, 3)).strided()).isEqualTo(strided);
    }

    @Test
    @DisplayName("32 × 32 × 3 (n = 2, the tutorial's layers with 3 channels): G 2,733,504 = 2,700,352 trainable + 33,152, "
            + "D 217,985; G makes [4, 32, 32, 3], D gives [4, 1]")
    void colour32() {
        // G, seed [32/4, 32/4, 256] = [8, 8, 256], 16,384 values:
        //   G_dense    100 · 16,384                 = 1,638,400
        //   G_bn0      4 · 16,384                   =    65,536  (32,768 trainable, 32,768 not)
        //   G_convT1   25 · 256 · 128  (stride 1)   =   819,200
        //   G_bn1      4 · 128                      =       512  (256, 256)
        //   G_convT2   25 · 128 · 64   (stride 2)   =   204,800
        //   G_bn2      4 · 64                       =       256  (128, 128)
        //   G_convT3   25 · 64 · 3     (stride 2)   =     4,800
        //   total 2,733,504; non-trainable 2 · (16,384 + 128 + 64) = 33,152; trainable 2,700,352
        // D: 32 → 16 → 8
        //   D_conv1    25 · 3 · 64 + 64             =     4,864
        //   D_conv2    25 · 64 · 128 + 128          =   204,928
        //   D_out      8 · 8 · 128 + 1              =     8,193
        //   total 217,985
        checkSize(Shape.of(32, 32, 3), 2_700_352, 33_152, 217_985,
                List.of("G_dense_W", "G_bn0_gamma", "G_bn0_beta", "G_convT1_K", "G_bn1_gamma", "G_bn1_beta",
                        "G_convT2_K", "G_bn2_gamma", "G_bn2_beta", "G_convT3_K"),
                List.of("D_conv1_K", "D_conv1_b", "D_conv2_K", "D_conv2_b", "D_out_W", "D_out_b"));
    }

    @Test
    @DisplayName("64 × 64 × 3 (n = 3): G 7,715,264 = 7,648,832 trainable + 66,432, D 1,045,633; G makes [4, 64, 64, 3], "
            + "D gives [4, 1]")
    void colour64() {
        // G, seed [64/8, 64/8, 512] = [8, 8, 512], 32,768 values:
        //   G_dense    100 · 32,768                 = 3,276,800
        //   G_bn0      4 · 32,768                   =   131,072  (65,536 trainable, 65,536 not)
        //   G_convT1   25 · 512 · 256  (stride 1)   = 3,276,800
        //   G_bn1      4 · 256                      =     1,024  (512, 512)
        //   G_convT2   25 · 256 · 128  (stride 2)   =   819,200
        //   G_bn2      4 · 128                      =       512  (256, 256)
        //   G_convT3   25 · 128 · 64   (stride 2)   =   204,800
        //   G_bn3      4 · 64                       =       256  (128, 128)
        //   G_convT4   25 · 64 · 3     (stride 2)   =     4,800
        //   total 7,715,264; non-trainable 2 · (32,768 + 256 + 128 + 64) = 66,432; trainable 7,648,832
        // D: 64 → 32 → 16 → 8
        //   D_conv1    25 · 3 · 64 + 64             =     4,864
        //   D_conv2    25 · 64 · 128 + 128          =   204,928
        //   D_conv3    25 · 128 · 256 + 256         =   819,456
        //   D_out      8 · 8 · 256 + 1              =    16,385
        //   total 1,045,633
        checkSize(Shape.of(64, 64, 3), 7_648_832, 66_432, 1_045_633,
                List.of("G_dense_W", "G_bn0_gamma", "G_bn0_beta", "G_convT1_K", "G_bn1_gamma", "G_bn1_beta",
                        "G_convT2_K", "G_bn2_gamma", "G_bn2_beta", "G_convT3_K", "G_bn3_gamma", "G_bn3_beta", "G_convT4_K"),
                List.of("D_conv1_K", "D_conv1_b", "D_conv2_K", "D_conv2_b", "D_conv3_K", "D_conv3_b", "D_out_W", "D_out_b"));
    }

    private static void checkSize(Shape image, long gTrainable, long gNonTrainable, long d, List<String> gNames,
            List<String> dNames) {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1)) {
            Ops ops = c.ops();
            DcganGenerator g = new DcganGenerator(image, DcganParameters.forGenerator(Hyperparameters.empty()));
            Tensor images = g.generate(ops, ops.randomNormal(Shape.of(4, 100), "z"), Mode.TRAINING);
            assertThat(images.shape()).isEqualTo(image.prepend(4));
            assertThat(count(c.variables(), true)).as("G trainable").isEqualTo(gTrainable);
            assertThat(count(c.variables(), false)).as("G non-trainable").isEqualTo(gNonTrainable);
            assertThat(names(g.variables())).isEqualTo(gNames);
            DcganDiscriminator dNet = new DcganDiscriminator(image, DcganParameters.forDiscriminator(Hyperparameters.empty()));
            assertThat(dNet.score(ops, images).shape()).isEqualTo(Shape.of(4, 1));
            assertThat(count(dNet.variables(), true)).as("D").isEqualTo(d);
            assertThat(names(dNet.variables())).isEqualTo(dNames);
        }
    }

    @Test
    @DisplayName("64 × 64 × 3 runs: inference-mode images of shape [2, 64, 64, 3] in [−1, 1], scores of shape [2, 1]")
    void colour64Runs() {
        Shape image = Shape.of(64, 64, 3);
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1)) {
            Ops ops = c.ops();
            DcganGenerator g = new DcganGenerator(image, DcganParameters.forGenerator(Hyperparameters.empty()));
            DcganDiscriminator d = new DcganDiscriminator(image, DcganParameters.forDiscriminator(Hyperparameters.empty()));
            Tensor images = g.generate(ops, ops.randomNormal(Shape.of(2, 100), "z"), Mode.INFERENCE);
            var step = c.compile(new StepDefinition("forward", List.of(),
                    Map.of("images", images, "scores", d.score(ops, images, Mode.INFERENCE))));
            Map<String, HostTensor> out = c.run(step, Map.of(), 0);
            assertThat(out.get("images").shape()).isEqualTo(Shape.of(2, 64, 64, 3));
            assertThat(out.get("scores").shape()).isEqualTo(Shape.of(2, 1));
            for (float v : out.get("images").toFloatArray()) {
                assertThat(v).isBetween(-1f, 1f);
            }
        }
    }
}
