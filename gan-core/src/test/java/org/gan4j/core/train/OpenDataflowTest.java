package org.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Condition;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.role.Generator;
import org.gan4j.api.role.Mode;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.data.Batch;
import org.gan4j.core.data.BatchSource;
import org.gan4j.core.data.GaussianMixture2D;
import org.gan4j.core.data.MixtureBatches;
import org.gan4j.core.models.MlpDiscriminator;
import org.gan4j.core.models.MlpDiscriminatorParameters;
import org.gan4j.core.models.MlpGenerator;
import org.gan4j.core.models.MlpGeneratorParameters;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.tf.TfBackend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The open dataflow: batches with more parts than samples reach the networks as their condition, the discriminator
 * has a mode and state of its own, weights are read through the seam ({@code Ops.weight}) that spectral normalization
 * and the generator average plug into, and the backend reports its fusions. Expected values are worked by hand.
 */
class OpenDataflowTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.load();
    private static final Shape POINT = Shape.of(2);

    /** Every sample is (1, 1); the labels of the four samples are classes 0, 1, 2, 2, one-hot. */
    private static final class LabelledPoints implements BatchSource {
        @Override
        public Shape sampleShape() {
            return POINT;
        }

        @Override
        public Map<String, Shape> parts() {
            Map<String, Shape> parts = new LinkedHashMap<>();
            parts.put(Batch.SAMPLES, POINT);
            parts.put(Batch.LABELS, Shape.of(3));
            return parts;
        }

        @Override
        public Batch batch(long index) {
            return Batch.of(HostTensor.filled(Shape.of(4, 2), 1f)).with(Batch.LABELS, HostTensor.of(Shape.of(4, 3),
                    new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1}));
        }
    }

    /**
     * D(x, y) = Σ x ⊙ w + y·v (+ 100 outside training), w = (3, 4) read through the seam as a [2, 1] matrix but used
     * elementwise (no matmul), v = (1, 2, 3); each training pass counts itself in a non-trainable variable.
     */
    private static final class ConditionalCritic implements Discriminator {
        private final boolean throughSeam;
        private Variable w;
        private Variable v;
        private Variable passes;
        private List<Assignment> updates = List.of();

        ConditionalCritic(boolean throughSeam) {
            this.throughSeam = throughSeam;
        }

        @Override
        public Tensor score(Ops ops, Tensor samples) {
            return score(ops, samples, Condition.none(), Mode.TRAINING);
        }

        @Override
        public Tensor score(Ops ops, Tensor samples, Condition condition, Mode mode) {
            if (w == null) {
                w = ops.variable("D_w", Shape.of(2, 1), (shape, random) -> HostTensor.of(shape, new float[] {3, 4}), true);
                passes = ops.variable("D_passes", Shape.scalar(), Initializer.zeros(), false);
            }
            if (v == null && condition.labels().isPresent()) {
                v = ops.variable("D_v", Shape.of(3, 1), (shape, random) -> HostTensor.of(shape, new float[] {1, 2, 3}), true);
            }
            Tensor weight = throughSeam ? ops.weight(w) : w;
            Tensor row = ops.reshape(weight, Shape.of(1, 2));
            Tensor score = ops.reshape(ops.sum(ops.mul(samples, row), 1), Shape.of(Shape.UNKNOWN, 1));
            if (condition.labels().isPresent()) {
                score = ops.add(score, ops.matmul(condition.labels().get(), ops.weight(v)));
            }
            if (mode == Mode.TRAINING) {
                updates = List.of(new Assignment(passes, ops.add(passes, ops.constant(1))));
            } else {
                score = ops.add(score, ops.constant(100));
            }
            return score;
        }

        @Override
        public List<Assignment> trainingUpdates() {
            return updates;
        }

        @Override
        public List<Variable> variables() {
            return v == null ? w == null ? List.of() : List.of(w) : List.of(w, v);
        }
    }

    private static GanSetup setup(Discriminator d, List<Regularizer> regularizers, BatchSource data) {
        return new GanSetup(new TfBackend(),
                new MlpGenerator(POINT, MlpGeneratorParameters.from(Hyperparameters.parse("latent=2,width=4,depth=1"))), d,
                REGISTRY.require(ProviderKind.LOSS, "wgan").create(Hyperparameters.empty()), regularizers,
                REGISTRY.require(ProviderKind.OPTIMIZER, "sgd").create(Hyperparameters.parse("lr=1e-3")),
                REGISTRY.require(ProviderKind.OPTIMIZER, "sgd").create(Hyperparameters.parse("lr=1e-3")), data);
    }

    private static Regularizer spectralNorm() {
        return REGISTRY.require(ProviderKind.REGULARIZER, "spectral-norm").create(Hyperparameters.empty());
    }

    @Test
    @DisplayName("a batch's labels reach D as its condition, in training mode: D(x = (1, 1), y) = 3 + 4 + y·v, mean 7 + 9/4")
    void labelsReachTheDiscriminator() {
        try (GanTrainer trainer = new GanTrainer(setup(new ConditionalCritic(true), List.of(), new LabelledPoints()),
                new TrainingConfig(4, 1, 1, 1, 4, 0))) {
            StepMetrics step = trainer.step();
            // y·v for classes 0, 1, 2, 2 is 1, 2, 3, 3: mean 2.25; without the +100 of inference mode
            assertThat(step.get(Metrics.D_REAL)).isCloseTo(7 + 2.25, within(1e-5));
        }
    }

    @Test
    @DisplayName("D's training updates run with every D step: 3 steps of 2 critic steps count 6 passes")
    void discriminatorState() {
        ConditionalCritic critic = new ConditionalCritic(true);
        try (GanTrainer trainer = new GanTrainer(setup(critic, List.of(), new LabelledPoints()),
                new TrainingConfig(4, 3, 2, 1, 4, 0))) {
            trainer.train(List.of());
            Variable passes = trainer.computation().variables().stream().filter(v -> v.name().equals("D_passes"))
                    .findFirst().orElseThrow();
            assertThat(trainer.computation().read(passes).scalarValue()).isEqualTo(6);
        }
    }

    @Test
    @DisplayName("spectral norm applies to a weight D uses through a new path (elementwise, no matmul): D(1, 1) = 7/|(3, 4)| = 1.4")
    void spectralNormThroughTheSeam() {
        BatchSource ones = new BatchSource() {
            @Override
            public Shape sampleShape() {
                return POINT;
            }

            @Override
            public Batch batch(long index) {
                return Batch.of(HostTensor.filled(Shape.of(4, 2), 1f));
            }
        };
        try (GanTrainer trainer = new GanTrainer(setup(new ConditionalCritic(true), List.of(spectralNorm()), ones),
                new TrainingConfig(4, 1, 1, 1, 4, 0))) {
            // a [2, 1] matrix has σ = its norm, found exactly by one power iteration from any start
            assertThat(trainer.step().get(Metrics.D_REAL)).isCloseTo(7 / 5.0, within(1e-5));
        }
    }

    @Test
    @DisplayName("a weight used without Ops.weight under spectral norm is refused, naming it")
    void bypassedTransformIsRefused() {
        assertThatThrownBy(() -> new GanTrainer(setup(new ConditionalCritic(false), List.of(spectralNorm()),
                new LabelledPoints()), new TrainingConfig(4, 1, 1, 1, 4, 0)).close())
                .isInstanceOf(GanException.class).hasMessageContaining("D_w [2, 1]")
                .hasMessageContaining("without asking Ops.weight");
    }

    @Test
    @DisplayName("a generator weight used without Ops.weight under a generator average is refused, naming it")
    void bypassedAverageIsRefused() {
        Generator raw = new Generator() {
            private Variable w;

            @Override
            public int latentDimension() {
                return 2;
            }

            @Override
            public Shape sampleShape() {
                return POINT;
            }

            @Override
            public Tensor generate(Ops ops, Tensor noise) {
                if (w == null) {
                    w = ops.variable("G_w", Shape.of(2, 2), Initializer.glorotUniform(), true);
                }
                return ops.matmul(noise, w);
            }

            @Override
            public List<Variable> variables() {
                return w == null ? List.of() : List.of(w);
            }
        };
        GanSetup base = setup(new ConditionalCritic(true), List.of(), new LabelledPoints());
        GanSetup setup = new GanSetup(base.backend(), raw, base.discriminator(), base.loss(), List.of(), base.updates(),
                base.data());
        assertThatThrownBy(() -> new GanTrainer(setup, new TrainingConfig(4, 1, 1, 1, 4, 0, 1e6, 0.9)).close())
                .isInstanceOf(GanException.class).hasMessageContaining("[G_w]").hasMessageContaining("Ops.weight");
    }

    @Test
    @DisplayName("with Adam, each step reports one fused ApplyAdam per weight of its player, with spectral norm and a generator average too")
    void adamFusionIsReported() {
        for (boolean regularized : new boolean[] {false, true}) {
            Shape sample = POINT;
            var adam = REGISTRY.require(ProviderKind.OPTIMIZER, "adam").create(Hyperparameters.empty());
            GanSetup setup = new GanSetup(new TfBackend(),
                    new MlpGenerator(sample, MlpGeneratorParameters.from(Hyperparameters.parse("latent=4,width=8"))),
                    new MlpDiscriminator(sample, MlpDiscriminatorParameters.from(Hyperparameters.parse("width=8,pack=2"))),
                    REGISTRY.require(ProviderKind.LOSS, "hinge").create(Hyperparameters.empty()),
                    regularized ? List.of(spectralNorm()) : List.of(), adam, adam,
                    new MixtureBatches(GaussianMixture2D.ring8(), 8, 1));
            TrainingConfig config = new TrainingConfig(8, 1, 1, 1, 8, 0, 1e6, regularized ? 0.99 : 0);
            try (GanTrainer trainer = new GanTrainer(setup, config)) {
                List<String> d = new ArrayList<>();
                setup.discriminator().variables().forEach(v -> d.add("ApplyAdam " + v.name()));
                List<String> g = new ArrayList<>();
                setup.generator().variables().forEach(v -> g.add("ApplyAdam " + v.name()));
                assertThat(d).hasSize(6);
                assertThat(trainer.fusions().get("discriminator")).as("regularized " + regularized).containsExactlyInAnyOrderElementsOf(d);
                assertThat(trainer.fusions().get("generator")).as("regularized " + regularized).containsExactlyInAnyOrderElementsOf(g);
            }
        }
    }
}
