package org.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Loss;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
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

class GanTrainerTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.load();

    private static GanSetup setup(Loss loss, String dOptimizer, String gOptimizer, int batch) {
        return setup(loss, List.of(), dOptimizer, gOptimizer, batch);
    }

    private static GanSetup setup(Loss loss, List<Regularizer> regularizers, String dOptimizer, String gOptimizer, int batch) {
        Shape sample = Shape.of(2);
        return new GanSetup(new TfBackend(),
                new MlpGenerator(sample, MlpGeneratorParameters.from(Hyperparameters.parse("latent=4,width=16"))),
                new MlpDiscriminator(sample, MlpDiscriminatorParameters.from(Hyperparameters.parse("width=16,pack=2"))),
                loss, regularizers,
                REGISTRY.require(ProviderKind.OPTIMIZER, dOptimizer).create(Hyperparameters.parse("lr=0.01")),
                REGISTRY.require(ProviderKind.OPTIMIZER, gOptimizer).create(Hyperparameters.parse("lr=0.01")),
                new MixtureBatches(GaussianMixture2D.ring8(), batch, 3));
    }

    /** Trains to the end and returns every step's metrics. */
    private static List<StepMetrics> trainRecording(GanTrainer trainer) {
        List<StepMetrics> steps = new ArrayList<>();
        trainer.train(List.of(new TrainingListener() {
            @Override
            public void onStep(StepMetrics metrics) {
                steps.add(metrics);
            }
        }));
        return steps;
    }

    private static Loss nonSaturating() {
        return REGISTRY.require(ProviderKind.LOSS, "non-saturating").create(Hyperparameters.empty());
    }

    @Test
    @DisplayName("the D step moves only D's variables and the G step only G's; n critic steps use n batches")
    void stepsMoveTheirOwnPlayer() {
        try (GanTrainer trainer = new GanTrainer(setup(nonSaturating(), "sgd", "sgd", 8),
                new TrainingConfig(8, 1, 3, 5, 10, 0))) {
            List<Variable> all = trainer.computation().variables();
            List<HostTensor> before = all.stream().map(trainer.computation()::read).toList();
            List<StepMetrics> steps = trainRecording(trainer);
            for (int i = 0; i < all.size(); i++) {
                boolean changed = !trainer.computation().read(all.get(i)).equals(before.get(i));
                assertThat(changed).as(all.get(i).name()).isTrue();
            }
            assertThat(all).extracting(Variable::name).allMatch(n -> n.startsWith("D_") || n.startsWith("G_"));
            assertThat(steps).hasSize(1);
            assertThat(steps.get(0).values()).containsKeys(Metrics.D_LOSS, Metrics.G_LOSS, Metrics.D_GRAD_NORM,
                    Metrics.G_GRAD_NORM, Metrics.D_REAL, Metrics.D_FAKE);
            assertThat(trainer.sample().shape()).isEqualTo(Shape.of(10, 2));
        }
    }

    private static GanSetup jointSetup(String optimizer, List<Regularizer> regularizers) {
        GanSetup separate = setup(REGISTRY.require(ProviderKind.LOSS, "wgan").create(Hyperparameters.empty()),
                regularizers, "sgd", "sgd", 8);
        return new GanSetup(separate.backend(), separate.generator(), separate.discriminator(), separate.loss(),
                separate.regularizers(), new PlayerUpdates.Joint(REGISTRY.require(ProviderKind.JOINT_OPTIMIZER, optimizer)
                        .create(Hyperparameters.parse("max_iterations=3"))), separate.data());
    }

    @Test
    @DisplayName("a joint optimizer: ACGD's two plans alternate (x-solve, then y-solve), clipping touches only D")
    void jointOptimizerAlternatesAndIsConstrainedOnD() {
        Regularizer clip = REGISTRY.require(ProviderKind.REGULARIZER, "clip").create(Hyperparameters.parse("c=0.01"));
        try (GanTrainer trainer = new GanTrainer(jointSetup("acgd", List.of(clip)), new TrainingConfig(8, 2, 1, 5, 10, 0))) {
            var c = trainer.computation();
            java.util.function.Predicate<String> anyNonZero = prefix -> c.variables().stream()
                    .filter(v -> v.name().startsWith(prefix))
                    .anyMatch(v -> java.util.Arrays.stream(c.read(v).toDoubleArray()).anyMatch(d -> d != 0));
            StepMetrics first = trainer.step();
            assertThat(first.values()).containsKeys(Metrics.D_LOSS, Metrics.G_LOSS, "cg_iterations", "cg_residual");
            assertThat(anyNonZero.test("acgd_wx_")).as("x's warm start after step 0").isTrue();
            assertThat(anyNonZero.test("acgd_wy_")).as("y's warm start after step 0").isFalse();
            trainer.step();
            assertThat(anyNonZero.test("acgd_wy_")).as("y's warm start after step 1").isTrue();
            for (Variable v : c.variables()) {
                double largest = java.util.Arrays.stream(c.read(v).toDoubleArray()).map(Math::abs).max().orElse(0);
                if (v.name().startsWith("D_") && v.trainable()) {
                    assertThat(largest).as(v.name()).isLessThanOrEqualTo(0.01 + 1e-9);
                } else if (v.name().startsWith("G_") && v.name().endsWith("_W")) {
                    assertThat(largest).as(v.name() + " is not clipped").isGreaterThan(0.01);
                }
            }
        }
    }

    @Test
    @DisplayName("a joint optimizer with 2 critic steps is refused with a remedy")
    void jointOptimizerRefusesCriticSteps() {
        assertThatThrownBy(() -> new GanTrainer(jointSetup("cgd", List.of()), new TrainingConfig(8, 2, 2, 5, 10, 0)))
                .isInstanceOf(org.gan4j.api.GanException.class)
                .hasMessageContaining("critic steps = 2 cannot be honoured; use 1");
    }

    @Test
    @DisplayName("same seed, same process: bit-identical losses over 30 steps; another seed differs")
    void reproducible() {
        List<List<Double>> runs = new ArrayList<>();
        for (long seed : new long[] {7, 7, 8}) {
            List<Double> losses = new ArrayList<>();
            try (GanTrainer trainer = new GanTrainer(setup(nonSaturating(), "adam", "adam", 16),
                    new TrainingConfig(16, 30, 1, seed, 10, 0))) {
                for (StepMetrics m : trainRecording(trainer)) {
                    losses.add(m.get(Metrics.D_LOSS));
                    losses.add(m.get(Metrics.G_LOSS));
                }
            }
            runs.add(losses);
        }
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
        assertThat(runs.get(2)).isNotEqualTo(runs.get(0));
    }

    @Test
    @DisplayName("WGAN with a gradient penalty, R1 (every update, and lazily every 4th) or weight clipping trains through "
            + "the packed LeakyReLU critic: penalty reported, weights clipped, no NaN")
    void wassersteinWithRegularizers() {
        Loss wgan = REGISTRY.require(ProviderKind.LOSS, "wgan").create(Hyperparameters.empty());
        for (String id : List.of("gp", "r1", "r1:every=4", "clip")) {
            String[] spec = id.split(":", 2);
            Regularizer regularizer = REGISTRY.require(ProviderKind.REGULARIZER, spec[0])
                    .create(Hyperparameters.parse(spec.length > 1 ? spec[1] : ""));
            try (GanTrainer trainer = new GanTrainer(setup(wgan, List.of(regularizer), "rmsprop", "rmsprop", 16),
                    new TrainingConfig(16, 20, 5, 2, 10, 0))) {
                List<StepMetrics> steps = trainRecording(trainer);
                assertThat(steps).hasSize(20);
                assertThat(steps.get(19).get(Metrics.D_PENALTY)).as(id).isGreaterThanOrEqualTo(0.0);
                if (id.equals("clip")) {
                    for (Variable v : trainer.computation().variables()) {
                        if (v.trainable() && v.name().startsWith("D_")) {
                            for (float w : trainer.computation().read(v).toFloatArray()) {
                                assertThat(Math.abs(w)).as(v.name()).isLessThanOrEqualTo(0.01f);
                            }
                        }
                    }
                } else {
                    assertThat(steps.get(0).get(Metrics.D_PENALTY)).isGreaterThan(0.0);
                }
            }
        }
    }

    /** The largest singular value of a [rows, cols] matrix, by 200 power iterations in double precision. */
    private static double spectralNorm(float[] w, int rows, int cols) {
        double[] u = new double[cols];
        java.util.Arrays.fill(u, 1);
        double sigma = 0;
        for (int it = 0; it < 200; it++) {
            double[] v = new double[rows];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    v[i] += w[i * cols + j] * u[j];
                }
            }
            double[] next = new double[cols];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    next[j] += w[i * cols + j] * v[i];
                }
            }
            double norm = Math.sqrt(java.util.Arrays.stream(next).map(x -> x * x).sum());
            sigma = Math.sqrt(norm);
            for (int j = 0; j < cols; j++) {
                u[j] = next[j] / norm;
            }
        }
        return sigma;
    }

    @Test
    @DisplayName("hinge + spectral norm: after warm-up every normalized layer has σ(W / σ̂) within [0.95, 1.05]")
    void spectralNormKeepsLayersNearOne() {
        Loss hinge = REGISTRY.require(ProviderKind.LOSS, "hinge").create(Hyperparameters.empty());
        Regularizer sn = REGISTRY.require(ProviderKind.REGULARIZER, "spectral-norm").create(Hyperparameters.empty());
        try (GanTrainer trainer = new GanTrainer(setup(hinge, List.of(sn), "adam", "adam", 16),
                new TrainingConfig(16, 60, 1, 4, 10, 0))) {
            List<StepMetrics> steps = trainRecording(trainer);
            StepMetrics last = steps.get(steps.size() - 1);
            int layers = 0;
            for (Variable v : trainer.computation().variables()) {
                if (v.trainable() && v.name().startsWith("D_") && v.shape().rank() == 2) {
                    layers++;
                    double estimate = last.get("d_sn_sigma_" + v.name());
                    Shape shape = v.shape();
                    double truth = spectralNorm(trainer.computation().read(v).toFloatArray(), (int) shape.size(0), (int) shape.size(1));
                    assertThat(truth / estimate).as(v.name()).isBetween(0.95, 1.05);
                }
            }
            assertThat(layers).isEqualTo(3);
        }
        assertThatThrownBy(() -> new GanTrainer(setup(hinge, List.of(sn, sn), "adam", "adam", 16),
                new TrainingConfig(16, 1, 1, 4, 10, 0)))
                .hasMessage("2 regularizers transform the discriminator's weights; at most one may (for example, "
                        + "spectral-norm); remove the others");
    }

    @Test
    @DisplayName("a NaN loss stops training at that step, naming the step and the quantity")
    void nonFiniteLossStops() {
        Loss broken = new Loss() {
            @Override
            public Tensor discriminatorLoss(LossInputs in) {
                return in.ops().mul(in.ops().mean(in.realScores()), in.ops().log(in.ops().constant(-1)));
            }

            @Override
            public Tensor generatorLoss(LossInputs in) {
                return in.ops().mean(in.fakeScores());
            }
        };
        try (GanTrainer trainer = new GanTrainer(setup(broken, "sgd", "sgd", 8), new TrainingConfig(8, 5, 1, 1, 10, 0))) {
            assertThatThrownBy(() -> trainer.train(List.of()))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessageStartingWith("training stopped at step 0: d_loss is NaN.")
                    .hasMessageContaining("lower learning rate");
        }
    }

    /** G's weights after one step, with D's learning rate {@code dRate}, alternating or simultaneous. */
    private static List<HostTensor> generatorAfterOneStep(double dRate, boolean simultaneous) {
        Shape sample = Shape.of(2);
        var d = REGISTRY.require(ProviderKind.OPTIMIZER, "sgd").create(Hyperparameters.parse("lr=" + dRate));
        var g = REGISTRY.require(ProviderKind.OPTIMIZER, "sgd").create(Hyperparameters.parse("lr=0.01"));
        GanSetup setup = new GanSetup(new TfBackend(),
                new MlpGenerator(sample, MlpGeneratorParameters.from(Hyperparameters.parse("latent=4,width=16"))),
                new MlpDiscriminator(sample, MlpDiscriminatorParameters.from(Hyperparameters.parse("width=16,pack=2"))),
                nonSaturating(), List.of(), simultaneous ? new PlayerUpdates.Simultaneous(d, g) : new PlayerUpdates.Separate(d, g),
                new MixtureBatches(GaussianMixture2D.ring8(), 8, 3));
        try (GanTrainer trainer = new GanTrainer(setup, new TrainingConfig(8, 1, 1, 5, 10, 0))) {
            StepMetrics step = trainer.step();
            assertThat(step.values()).containsKeys(Metrics.D_LOSS, Metrics.G_LOSS);
            return setup.generator().variables().stream().map(trainer.computation()::read).toList();
        }
    }

    @Test
    @DisplayName("simultaneous updates take G's gradient before D moves: G's step is the same whatever D's learning rate; alternating, it is not")
    void simultaneousUpdatesShareTheStartingPoint() {
        assertThat(generatorAfterOneStep(0.5, true)).isEqualTo(generatorAfterOneStep(1e-6, true));
        assertThat(generatorAfterOneStep(0.5, false)).isNotEqualTo(generatorAfterOneStep(1e-6, false));
    }

    @Test
    @DisplayName("simultaneous updates with more than one critic step are refused, naming both remedies")
    void simultaneousNeedsOneCriticStep() {
        var sgd = REGISTRY.require(ProviderKind.OPTIMIZER, "sgd").create(Hyperparameters.empty());
        GanSetup base = setup(nonSaturating(), "sgd", "sgd", 8);
        GanSetup setup = new GanSetup(base.backend(), base.generator(), base.discriminator(), base.loss(), List.of(),
                new PlayerUpdates.Simultaneous(sgd, sgd), base.data());
        assertThatThrownBy(() -> new GanTrainer(setup, new TrainingConfig(8, 1, 2, 5, 10, 0)).close())
                .hasMessageContaining("critic steps = 2").hasMessageContaining("alternating");
    }

    @Test
    @DisplayName("with a generator average, samples come from the averaged weights: a trainer without one, given samplingState's weights, draws the same")
    void generatorAverageSamples() {
        Map<String, HostTensor> averaged;
        HostTensor samples;
        try (GanTrainer trainer = new GanTrainer(setup(nonSaturating(), "sgd", "sgd", 8),
                new TrainingConfig(8, 5, 1, 5, 10, 0).withGeneratorAverage(0.9))) {
            trainer.train(List.of());
            averaged = trainer.samplingState();
            Map<String, HostTensor> trained = trainer.state();
            assertThat(averaged.get("G_dense0_W")).as("averaged and trained weights differ").isNotEqualTo(trained.get("G_dense0_W"));
            assertThat(averaged.get("D_dense0_W")).as("D is not averaged").isEqualTo(trained.get("D_dense0_W"));
            samples = trainer.sample();
        }
        try (GanTrainer plain = new GanTrainer(setup(nonSaturating(), "sgd", "sgd", 8), new TrainingConfig(8, 5, 1, 5, 10, 0))) {
            Map<String, HostTensor> weights = new java.util.LinkedHashMap<>();
            plain.computation().variables().forEach(v -> weights.put(v.name(), averaged.get(v.name())));
            plain.restore(5, weights);
            assertThat(plain.sample()).isEqualTo(samples);
        }
    }
}
