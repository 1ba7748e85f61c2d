package org.gan4j.examples.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.LossProvider;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.inject.GanModule;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.PlayerUpdates;
import org.gan4j.core.train.TrainingConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CustomGanModuleTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.load();
    private static final TrainingConfig ONE_STEP = new TrainingConfig(64, 1, 1, 7, 100, 0);
    /** The framework's default optimizer for both players is Adam with lr 5e-4 (RunOptions, docs/ring8-defaults.md). */
    private static final double DEFAULT_ADAM_LR = 5e-4;

    @Test
    @DisplayName("GanModule alone composes the framework's defaults: non-saturating loss, Adam for both players, no regularizer")
    void defaults() {
        GanSetup setup = Guice.createInjector(new GanModule(REGISTRY)).getInstance(GanSetup.class);
        assertThat(setup.loss().getClass()).isEqualTo(lossClass("non-saturating"));
        assertThat(setup.regularizers()).isEmpty();
        PlayerUpdates.Separate updates = (PlayerUpdates.Separate) setup.updates();
        Class<?> adam = REGISTRY.require(ProviderKind.OPTIMIZER, "adam").create(Hyperparameters.empty()).getClass();
        assertThat(updates.discriminator()).isInstanceOf(adam);
        assertThat(updates.generator()).isInstanceOf(adam);
        assertThat(setup.data().sampleShape().rank()).isEqualTo(1);
    }

    @Test
    @DisplayName("every discovered loss is bound in the map by id, the same instance the registry found")
    void providersByIdAndAsASet() {
        Injector injector = Guice.createInjector(new GanModule(REGISTRY));
        Map<String, LossProvider> losses = injector.getInstance(Key.get(new TypeLiteral<Map<String, LossProvider>>() { }));
        assertThat(losses.keySet()).containsExactlyInAnyOrderElementsOf(REGISTRY.ids(ProviderKind.LOSS));
        assertThat(losses.get("hinge")).isSameAs(REGISTRY.require(ProviderKind.LOSS, "hinge"));
        assertThat(injector.getInstance(Key.get(new TypeLiteral<java.util.Set<LossProvider>>() { })))
                .hasSize(REGISTRY.providers(ProviderKind.LOSS).size());
    }

    @Test
    @DisplayName("the user's module overrides the defaults: their networks, the hinge loss, signSGD for G; D keeps Adam")
    void overridesTakeEffect() {
        GanSetup setup = Guice.createInjector(new GanModule(REGISTRY), new CustomGanModule(ONE_STEP)).getInstance(GanSetup.class);
        assertThat(setup.generator()).isInstanceOf(RingGenerator.class);
        assertThat(setup.discriminator()).isInstanceOf(RingCritic.class);
        assertThat(setup.loss().getClass()).isEqualTo(lossClass("hinge"));
        assertThat(((PlayerUpdates.Separate) setup.updates()).generator()).isInstanceOf(SignSgd.class);
    }

    /**
     * One training step moves every generator weight by exactly η_G = 1e-3 under signSGD (or 0 where its gradient
     * is 0), and every discriminator weight by Adam's first step, η·g/(|g|+ε): at most η = 5e-4, and 5e-4 wherever
     * |g| ≫ ε. Each player is trained with the rule the composition gave it.
     */
    @Test
    @DisplayName("in training, G's weights move by signSGD's step (1e-3) and D's by the default Adam's first step (5e-4)")
    void overriddenOptimizerTrains() {
        Injector injector = Guice.createInjector(new GanModule(REGISTRY), new CustomGanModule(ONE_STEP));
        try (GanTrainer trainer = injector.getInstance(GanTrainer.class)) {
            Map<String, HostTensor> before = trainer.state();
            trainer.step();
            Map<String, HostTensor> after = trainer.state();
            int generatorMoves = 0;
            int discriminatorWeights = 0;
            int discriminatorMoves = 0;
            for (String name : before.keySet()) {
                double[] a = before.get(name).toDoubleArray();
                double[] b = after.get(name).toDoubleArray();
                for (int i = 0; i < a.length; i++) {
                    double moved = Math.abs(b[i] - a[i]);
                    if (name.matches("G_(dense0|dense1|out)_[Wb]")) {
                        if (moved > 0) {
                            assertThat(moved).as(name + "[" + i + "]").isCloseTo(CustomGanModule.GENERATOR_LEARNING_RATE, within(1e-6));
                            generatorMoves++;
                        }
                    } else if (name.matches("D_(dense0|dense1|out)_[Wb]")) {
                        assertThat(moved).as(name + "[" + i + "]").isLessThanOrEqualTo(DEFAULT_ADAM_LR + 1e-6);
                        discriminatorWeights++;
                        discriminatorMoves += Math.abs(moved - DEFAULT_ADAM_LR) < 1e-5 ? 1 : 0;
                    }
                }
            }
            assertThat(generatorMoves).isGreaterThan(100);
            assertThat(discriminatorMoves).as("D weights that moved by 5e-4, of " + discriminatorWeights)
                    .isGreaterThan(discriminatorWeights * 9 / 10);
        }
    }

    private static Class<?> lossClass(String id) {
        return REGISTRY.require(ProviderKind.LOSS, id).create(Hyperparameters.empty()).getClass();
    }
}
