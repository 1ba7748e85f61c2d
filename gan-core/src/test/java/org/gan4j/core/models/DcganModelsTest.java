package org.gan4j.core.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.role.Mode;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DcganModelsTest {
    private static final Shape IMAGE = Shape.of(28, 28, 1);

    private static long count(Iterable<Variable> variables) {
        long n = 0;
        for (Variable v : variables) {
            n += v.shape().numElements();
        }
        return n;
    }

    private static long count(List<Variable> variables, boolean trainable) {
        return count(variables.stream().filter(v -> v.trainable() == trainable).toList());
    }

    @Test
    @DisplayName("28 × 28 × 1 has the parameter counts of TensorFlow's DCGAN tutorial (model.summary()): G 2,330,944 = "
            + "2,305,472 trainable + 25,472 non-trainable (batch norm's moving mean and variance), D 212,865")
    void tutorialParameterCounts() {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1)) {
            Ops ops = c.ops();
            DcganGenerator g = new DcganGenerator(IMAGE, DcganParameters.forGenerator(Hyperparameters.empty()));
            Tensor images = g.generate(ops, ops.randomNormal(Shape.of(4, 100), "z"), Mode.TRAINING);
            assertThat(images.shape()).isEqualTo(Shape.of(4, 28, 28, 1));
            assertThat(count(c.variables())).as("G total").isEqualTo(2_330_944);
            assertThat(count(c.variables(), true)).as("G trainable").isEqualTo(2_305_472);
            assertThat(count(g.variables())).as("G's own variables are the trainable ones").isEqualTo(2_305_472);
            assertThat(count(c.variables(), false)).as("G non-trainable").isEqualTo(25_472);
            assertThat(c.variables().stream().filter(v -> !v.trainable()).map(Variable::name))
                    .as("non-trainable: batch norm's running statistics")
                    .allMatch(name -> name.matches("G_bn[0-2]_(mean|variance)")).hasSize(6);
            assertThat(g.trainingUpdates()).hasSize(6);
            DcganDiscriminator d = new DcganDiscriminator(IMAGE, DcganParameters.forDiscriminator(Hyperparameters.empty()));
            Tensor scores = d.score(ops, images);
            assertThat(scores.shape()).isEqualTo(Shape.of(4, 1));
            assertThat(count(d.variables())).as("D").isEqualTo(212_865);
            assertThat(d.variables()).allMatch(Variable::trainable);
        }
    }

    @Test
    @DisplayName("inference-mode images are in [−1, 1] (tanh) and the same on every run: no batch statistics, no randomness")
    void inferenceIsDeterministic() {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(2)) {
            Ops ops = c.ops();
            DcganGenerator g = new DcganGenerator(Shape.of(8, 8, 1), DcganParameters.forGenerator(Hyperparameters.parse("latent=8")));
            Tensor images = g.generate(ops, ops.randomNormal(Shape.of(3, 8), "z"), Mode.INFERENCE);
            var step = c.compile(new StepDefinition("sample", java.util.List.of(), Map.of("x", images)));
            float[] first = c.run(step, Map.of(), 0).get("x").toFloatArray();
            assertThat(c.run(step, Map.of(), 0).get("x").toFloatArray()).containsExactly(first);
            for (float v : first) {
                assertThat(v).isBetween(-1f, 1f);
            }
        }
    }

    @Test
    @DisplayName("the discriminator drops out in training mode only: its inference scores are the same at every tick")
    void discriminatorDropoutFollowsTheMode() {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(2)) {
            Ops ops = c.ops();
            DcganDiscriminator d = new DcganDiscriminator(Shape.of(8, 8, 1), DcganParameters.forDiscriminator(
                    Hyperparameters.parse("dropout=0.5")));
            Tensor x = ops.constant(org.gan4j.api.tensor.HostTensor.filled(Shape.of(4, 8, 8, 1), 0.5f));
            var step = c.compile(new StepDefinition("score", java.util.List.of(),
                    Map.of("training", d.score(ops, x, Mode.TRAINING), "inference", d.score(ops, x, Mode.INFERENCE))));
            var first = c.run(step, Map.of(), 0);
            var second = c.run(step, Map.of(), 1);
            assertThat(second.get("inference")).isEqualTo(first.get("inference"));
            assertThat(second.get("training")).as("new dropout masks at a new tick").isNotEqualTo(first.get("training"));
        }
    }

    @Test
    @DisplayName("samples that are not images, images whose sides the generator's depth does not divide, and unknown "
            + "settings are refused with the remedy")
    void invalidUse() {
        DcganParameters defaults = DcganParameters.forGenerator(Hyperparameters.empty());
        assertThatThrownBy(() -> new DcganGenerator(Shape.of(2), defaults))
                .isInstanceOf(GanException.class).hasMessageContaining("[2]").hasMessageContaining("mlp generator");
        assertThatThrownBy(() -> new DcganGenerator(Shape.of(30, 28, 1), defaults)).isInstanceOf(GanException.class)
                .hasMessageContaining("[30, 28, 1] images with 2 stride-2 layers")
                .hasMessageContaining("seed of [h/4, w/4, 256], so h and w must be divisible by 4; "
                        + "h = 30 is not (28 or 32 would be); resize the images, or use the mlp generator");
        assertThatThrownBy(() -> new DcganGenerator(Shape.of(64, 60, 3), defaults)).isInstanceOf(GanException.class)
                .hasMessageContaining("[64, 60, 3] images with 3 stride-2 layers (2 for sides up to 32 pixels, one "
                        + "more per doubling above) from a seed of [h/8, w/8, 512], so h and w must be divisible by 8; "
                        + "w = 60 is not (56 or 64 would be); resize");
        assertThatThrownBy(() -> new DcganGenerator(Shape.of(36, 4, 3), defaults)).isInstanceOf(GanException.class)
                .hasMessageContaining("h = 36 is not (32 or 40 would be); w = 4 is not (8 would be)");
        assertThatThrownBy(() -> DcganParameters.forGenerator(Hyperparameters.parse("batch-norm=fast")))
                .isInstanceOf(InvalidHyperparameterException.class).hasMessageContaining("batch-norm = 'fast'")
                .hasMessageContaining("composed");
        assertThatThrownBy(() -> DcganParameters.forDiscriminator(Hyperparameters.parse("dropout=1")))
                .isInstanceOf(InvalidHyperparameterException.class).hasMessageContaining("dropout");
    }
}
