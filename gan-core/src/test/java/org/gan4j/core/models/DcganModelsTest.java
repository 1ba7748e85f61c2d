package org.gan4j.core.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    @DisplayName("the networks have the parameter counts of TensorFlow's DCGAN tutorial (model.summary()): G 2,330,944, D 212,865")
    void tutorialParameterCounts() {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1)) {
            Ops ops = c.ops();
            DcganGenerator g = new DcganGenerator(IMAGE, DcganParameters.forGenerator(Hyperparameters.empty()));
            Tensor images = g.generate(ops, ops.randomNormal(Shape.of(4, 100), "z"), Mode.TRAINING);
            assertThat(images.shape()).isEqualTo(Shape.of(4, 28, 28, 1));
            assertThat(count(g.variables())).as("G trainable").isEqualTo(2_305_472);
            assertThat(count(c.variables())).as("G total, with BN running statistics").isEqualTo(2_330_944);
            assertThat(g.trainingUpdates()).hasSize(6);
            DcganDiscriminator d = new DcganDiscriminator(IMAGE, DcganParameters.forDiscriminator(Hyperparameters.empty()));
            Tensor scores = d.score(ops, images);
            assertThat(scores.shape()).isEqualTo(Shape.of(4, 1));
            assertThat(count(d.variables())).as("D").isEqualTo(212_865);
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
    @DisplayName("images whose sides are not divisible by 4, and unknown settings, are refused with the remedy")
    void invalidUse() {
        assertThatThrownBy(() -> new DcganGenerator(Shape.of(2), DcganParameters.forGenerator(Hyperparameters.empty())))
                .isInstanceOf(GanException.class).hasMessageContaining("[2]").hasMessageContaining("mlp generator");
        assertThatThrownBy(() -> DcganParameters.forGenerator(Hyperparameters.parse("batch-norm=fast")))
                .isInstanceOf(InvalidHyperparameterException.class).hasMessageContaining("batch-norm = 'fast'")
                .hasMessageContaining("composed");
        assertThatThrownBy(() -> DcganParameters.forDiscriminator(Hyperparameters.parse("dropout=1")))
                .isInstanceOf(InvalidHyperparameterException.class).hasMessageContaining("dropout");
    }
}
