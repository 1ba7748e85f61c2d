package org.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.RegularizerInputs;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lazy regularization (Karras et al. 2020, §3.1): a regularizer with penalty interval k adds k · its penalty to D
 * update r when r mod k = 0, D updates counted over the whole run, and is left out of the others. The expectations
 * come from runs without the penalty, or with it on every update, started from the same state.
 */
class LazyPenaltyTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.load();
    private static final int BATCH = 16;

    private static Regularizer r1(String settings) {
        return REGISTRY.require(ProviderKind.REGULARIZER, "r1").create(Hyperparameters.parse(settings));
    }

    private static Optimizer adam() {
        return REGISTRY.require(ProviderKind.OPTIMIZER, "adam").create(Hyperparameters.parse("lr=0.01"));
    }

    private static GanSetup setup(List<Regularizer> regularizers, PlayerUpdates updates) {
        Shape sample = Shape.of(2);
        return new GanSetup(new TfBackend(),
                new MlpGenerator(sample, MlpGeneratorParameters.from(Hyperparameters.parse("latent=4,width=16"))),
                new MlpDiscriminator(sample, MlpDiscriminatorParameters.from(Hyperparameters.parse("width=16,pack=2"))),
                REGISTRY.require(ProviderKind.LOSS, "non-saturating").create(Hyperparameters.empty()), regularizers,
                updates, new MixtureBatches(GaussianMixture2D.ring8(), BATCH, 3));
    }

    private static GanTrainer trainer(List<Regularizer> regularizers, long steps, int criticSteps) {
        return new GanTrainer(setup(regularizers, new PlayerUpdates.Separate(adam(), adam())),
                new TrainingConfig(BATCH, steps, criticSteps, 5, 10, 0));
    }

    /** @return what {@code other}'s step {@code step} reports, started from {@code state}; its state afterwards in {@code after} */
    private static StepMetrics stepFrom(GanTrainer other, long step, Map<String, HostTensor> state, List<Map<String, HostTensor>> after) {
        other.restore(step, state);
        StepMetrics metrics = other.step();
        after.add(other.state());
        return metrics;
    }

    private static void assertStatesClose(Map<String, HostTensor> actual, Map<String, HostTensor> expected, String what) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, value) -> {
            double[] a = actual.get(name).toDoubleArray();
            double[] e = value.toDoubleArray();
            for (int i = 0; i < e.length; i++) {
                assertThat(a[i]).as("%s: %s[%d]", what, name, i).isCloseTo(e[i], within(1e-6 + 1e-5 * Math.abs(e[i])));
            }
        });
    }

    @Test
    @DisplayName("r1:every=2, one critic step: odd steps equal a run without the penalty from the same state; even steps "
            + "add 2 × R1 (γ = 10), the loss and the update of r1:gamma=20 on every step")
    void everySecondUpdate() {
        try (GanTrainer lazy = trainer(List.of(r1("every=2")), 6, 1);
                GanTrainer none = trainer(List.of(), 6, 1);
                GanTrainer eager = trainer(List.of(r1("")), 6, 1);
                GanTrainer doubled = trainer(List.of(r1("gamma=20")), 6, 1)) {
            for (long step = 0; step < 6; step++) {
                Map<String, HostTensor> state = lazy.state();
                StepMetrics m = lazy.step();
                List<Map<String, HostTensor>> after = new ArrayList<>();
                if (step % 2 == 1) {
                    StepMetrics without = stepFrom(none, step, state, after);
                    assertThat(m.get(Metrics.D_PENALTY)).as("step %d adds no penalty", step).isZero();
                    assertThat(m.get(Metrics.D_LOSS)).as("step %d", step).isEqualTo(without.get(Metrics.D_LOSS));
                    assertThat(m.get(Metrics.D_GRAD_NORM)).as("step %d", step).isEqualTo(without.get(Metrics.D_GRAD_NORM));
                    assertThat(lazy.state()).as("state after step %d", step).isEqualTo(after.get(0));
                } else {
                    double r1 = stepFrom(eager, step, state, after).get(Metrics.D_PENALTY);
                    StepMetrics twice = stepFrom(doubled, step, state, after);
                    StepMetrics without = stepFrom(none, step, state, new ArrayList<>());
                    assertThat(r1).as("R1 at step %d", step).isPositive();
                    assertThat(m.get(Metrics.D_PENALTY)).as("step %d", step).isCloseTo(2 * r1, within(1e-6 * r1));
                    assertThat(m.get(Metrics.D_LOSS)).as("step %d", step)
                            .isCloseTo(without.get(Metrics.D_LOSS) + 2 * r1, within(1e-5))
                            .isCloseTo(twice.get(Metrics.D_LOSS), within(1e-6));
                    assertStatesClose(lazy.state(), after.get(1), "after step " + step + ", against gamma=20 on every step");
                }
            }
            assertThat(lazy.fusions()).containsOnlyKeys("discriminator-lazy0", "discriminator-lazy1", "generator");
            assertThat(lazy.fusions().get("discriminator-lazy0")).isNotEmpty()
                    .isEqualTo(lazy.fusions().get("discriminator-lazy1"));
        }
    }

    /** A penalty of 1 on one update in {@code interval}, whatever the batches. */
    private static Regularizer constantPenalty(int interval) {
        return new Regularizer() {
            @Override
            public Tensor penalty(RegularizerInputs in) {
                return in.ops().constant(1);
            }

            @Override
            public int penaltyInterval() {
                return interval;
            }
        };
    }

    /** @return d_penalty of every step */
    private static List<Double> penalties(GanTrainer trainer) {
        List<Double> penalties = new ArrayList<>();
        while (trainer.completedSteps() < trainer.config().steps()) {
            penalties.add(trainer.step().get(Metrics.D_PENALTY));
        }
        return penalties;
    }

    @Test
    @DisplayName("D updates are counted over the run, not per step: interval 3 with 2 critic steps reports 3 where a step's "
            + "last D update 2s + 1 is a multiple of 3 (steps 1, 4, 7), and a trainer restored at step 4 goes on alike")
    void countsDiscriminatorUpdates() {
        List<Double> expected = List.of(0.0, 3.0, 0.0, 0.0, 3.0, 0.0, 0.0, 3.0);
        List<Double> straight;
        Map<String, HostTensor> atFour;
        try (GanTrainer trainer = trainer(List.of(constantPenalty(3)), 8, 2)) {
            for (int i = 0; i < 4; i++) {
                trainer.step();
            }
            atFour = trainer.state();
        }
        try (GanTrainer trainer = trainer(List.of(constantPenalty(3)), 8, 2)) {
            straight = penalties(trainer);
        }
        assertThat(straight).isEqualTo(expected);
        try (GanTrainer resumed = trainer(List.of(constantPenalty(3)), 8, 2)) {
            resumed.restore(4, atFour);
            assertThat(penalties(resumed)).isEqualTo(expected.subList(4, 8));
        }
    }

    @Test
    @DisplayName("a resumed r1:every=3 run reports what the uninterrupted one does from step 3 on, bit for bit")
    void resumedRunChoosesAlike() {
        List<Map<String, Double>> straight = new ArrayList<>();
        Map<String, HostTensor> atThree = null;
        try (GanTrainer trainer = trainer(List.of(r1("every=3")), 7, 2)) {
            for (int i = 0; i < 7; i++) {
                if (i == 3) {
                    atThree = trainer.state();
                }
                straight.add(trainer.step().values());
            }
        }
        try (GanTrainer resumed = trainer(List.of(r1("every=3")), 7, 2)) {
            resumed.restore(3, atThree);
            for (int i = 3; i < 7; i++) {
                assertThat(resumed.step().values()).as("step %d", i).isEqualTo(straight.get(i));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"simultaneous", "acgd"})
    @DisplayName("simultaneous updates and a joint optimizer count one D update per step: interval 2 adds 2 on even steps")
    void oneUpdatePerStep(String updates) {
        PlayerUpdates players = updates.equals("acgd")
                ? new PlayerUpdates.Joint(REGISTRY.require(ProviderKind.JOINT_OPTIMIZER, "acgd")
                        .create(Hyperparameters.parse("max_iterations=3")))
                : new PlayerUpdates.Simultaneous(adam(), adam());
        try (GanTrainer trainer = new GanTrainer(setup(List.of(constantPenalty(2)), players),
                new TrainingConfig(BATCH, 4, 1, 5, 10, 0))) {
            assertThat(penalties(trainer)).containsExactly(2.0, 0.0, 2.0, 0.0);
            assertThat(trainer.fusions()).hasSize(updates.equals("acgd") ? 4 : 2);
        }
    }

    @Test
    @DisplayName("an optimizer that creates other state when traced again for a lazy variant is refused, naming the variable")
    void refusesUnsharedState() {
        Optimizer fresh = new Optimizer() {
            private int traces;

            @Override
            public UpdatePlan update(org.gan4j.api.tensor.Ops ops, String player, List<org.gan4j.api.tensor.Variable> parameters,
                    List<Tensor> gradients) {
                ops.variable(player + "_count" + traces++, Shape.scalar(), Initializer.zeros(), false);
                return UpdatePlan.of(List.of());
            }
        };
        GanSetup setup = setup(List.of(r1("every=2")), new PlayerUpdates.Separate(fresh, adam()));
        assertThatThrownBy(() -> new GanTrainer(setup, new TrainingConfig(BATCH, 1, 1, 5, 10, 0)))
                .isInstanceOf(GanException.class)
                .hasMessageStartingWith("D's optimizer (traced once for each variant of the discriminator update that lazy "
                        + "regularization, a penalty interval > 1, makes) was traced a second time and asked for a variable "
                        + "'D_count1' that its first trace did not create");
    }

    @Test
    @DisplayName("a penalty interval below 1 is refused, naming the regularizer and the value")
    void refusesIntervalBelowOne() {
        assertThatThrownBy(() -> trainer(List.of(constantPenalty(0)), 1, 1))
                .isInstanceOf(GanException.class)
                .hasMessageContaining("has penalty interval 0; Regularizer.penaltyInterval() must be at least 1");
    }
}
