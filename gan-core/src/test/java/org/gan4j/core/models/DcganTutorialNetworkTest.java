package org.gan4j.core.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Mode;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Padding;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.layers.Activation;
import org.gan4j.core.layers.BatchNorm;
import org.gan4j.core.layers.Conv2D;
import org.gan4j.core.layers.ConvTranspose2D;
import org.gan4j.core.layers.ConvolutionSpec;
import org.gan4j.core.layers.Dense;
import org.gan4j.core.layers.Dropout;
import org.gan4j.core.layers.Layer;
import org.gan4j.core.layers.Sequential;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * At 28 × 28 the DCGAN is still TensorFlow's tutorial network, exactly as gan4j built it before the depth followed
 * the image size (commit 401a439): the same variables in the same order with the same shapes (so the same initial
 * values, which are keyed by seed and name), and the same outputs bit for bit, so a Fashion-MNIST run is unchanged.
 * The reference networks below are that commit's layer lists, copied.
 */
class DcganTutorialNetworkTest {
    private static final Shape IMAGE = Shape.of(28, 28, 1);
    private static final DcganParameters G = DcganParameters.forGenerator(Hyperparameters.empty());
    private static final DcganParameters D = DcganParameters.forDiscriminator(Hyperparameters.empty());

    private static Sequential referenceGenerator() {
        BatchNorm.Kind bn = G.batchNorm();
        Layer leaky = Layer.leakyRelu(G.slope());
        Shape seed = Shape.of(7, 7, 256);
        return new Sequential(List.of(
                Dense.withoutBias("G_dense", 7 * 7 * 256), BatchNorm.withDefaults("G_bn0", bn), leaky, Layer.reshape(seed),
                new ConvTranspose2D("G_convT1", ConvolutionSpec.same(128, 5, 1)), BatchNorm.withDefaults("G_bn1", bn), leaky,
                new ConvTranspose2D("G_convT2", ConvolutionSpec.same(64, 5, 2)), BatchNorm.withDefaults("G_bn2", bn), leaky,
                new ConvTranspose2D("G_convT3", ConvolutionSpec.same(1, 5, 2).then(Activation.TANH))));
    }

    private static Sequential referenceDiscriminator() {
        Layer leaky = Layer.leakyRelu(D.slope());
        return new Sequential(List.of(
                new Conv2D("D_conv1", new ConvolutionSpec(64, 5, 2, Padding.SAME, true, Activation.LINEAR)), leaky,
                new Dropout(D.dropout()),
                new Conv2D("D_conv2", new ConvolutionSpec(128, 5, 2, Padding.SAME, true, Activation.LINEAR)), leaky,
                new Dropout(D.dropout()),
                Layer.flatten(), new Dense("D_out", 1, Activation.LINEAR)));
    }

    private record Traced(List<String> variables, Map<String, float[]> outputs) {}

    /** Traces G on fixed noise and D on G's images, in both modes, and runs them once. */
    private static Traced trace(BiFunction<Ops, Mode, Tensor> generator, BiFunction<Ops, Tensor, Map<String, Tensor>> scores) {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(7)) {
            Ops ops = c.ops();
            Tensor training = generator.apply(ops, Mode.TRAINING);
            Tensor inference = generator.apply(ops, Mode.INFERENCE);
            Map<String, Tensor> fetched = new java.util.HashMap<>(scores.apply(ops, training));
            fetched.put("g_training", training);
            fetched.put("g_inference", inference);
            var step = c.compile(new StepDefinition("forward", List.of(), fetched));
            Map<String, float[]> outputs = new java.util.HashMap<>();
            c.run(step, Map.of(), 3).forEach((name, value) -> outputs.put(name, value.toFloatArray()));
            return new Traced(c.variables().stream().map(DcganTutorialNetworkTest::describe).toList(), outputs);
        }
    }

    private static String describe(Variable v) {
        return v.name() + " " + v.shape() + (v.trainable() ? "" : " non-trainable");
    }

    private static Traced ours() {
        DcganGenerator g = new DcganGenerator(IMAGE, G);
        DcganDiscriminator d = new DcganDiscriminator(IMAGE, D);
        return trace((ops, mode) -> g.generate(ops, noise(ops), mode), (ops, x) -> Map.of(
                "d_training", d.score(ops, x, Mode.TRAINING), "d_inference", d.score(ops, x, Mode.INFERENCE)));
    }

    private static Traced reference() {
        Sequential g = referenceGenerator();
        Sequential d = referenceDiscriminator();
        return trace((ops, mode) -> g.apply(ops, noise(ops), mode), (ops, x) -> Map.of(
                "d_training", d.apply(ops, x, Mode.TRAINING), "d_inference", d.apply(ops, x, Mode.INFERENCE)));
    }

    private static Tensor noise(Ops ops) {
        return ops.randomNormal(Shape.of(3, DcganParameters.DEFAULT_LATENT), "z");
    }

    @Test
    @DisplayName("28 × 28: the tutorial's variables, in the order they were created before, with the same shapes")
    void sameVariables() {
        assertThat(ours().variables()).containsExactly(
                "G_dense_W [100, 12544]",
                "G_bn0_gamma [12544]", "G_bn0_beta [12544]",
                "G_bn0_mean [12544] non-trainable", "G_bn0_variance [12544] non-trainable",
                "G_convT1_K [5, 5, 128, 256]",
                "G_bn1_gamma [128]", "G_bn1_beta [128]", "G_bn1_mean [128] non-trainable", "G_bn1_variance [128] non-trainable",
                "G_convT2_K [5, 5, 64, 128]",
                "G_bn2_gamma [64]", "G_bn2_beta [64]", "G_bn2_mean [64] non-trainable", "G_bn2_variance [64] non-trainable",
                "G_convT3_K [5, 5, 1, 64]",
                "D_conv1_K [5, 5, 1, 64]", "D_conv1_b [64]",
                "D_conv2_K [5, 5, 64, 128]", "D_conv2_b [128]",
                "D_out_W [6272, 1]", "D_out_b [1]");
    }

    @Test
    @DisplayName("28 × 28: G's images (training and inference mode) and D's scores (with and without dropout) equal the reference network's bit for bit")
    void sameOutputs() {
        Traced ours = ours();
        Traced reference = reference();
        assertThat(ours.variables()).isEqualTo(reference.variables());
        assertThat(ours.outputs().keySet()).containsExactlyInAnyOrderElementsOf(reference.outputs().keySet());
        reference.outputs().forEach((name, expected) -> assertThat(ours.outputs().get(name)).as(name).containsExactly(expected));
    }
}
