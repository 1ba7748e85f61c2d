package org.gan4j.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gan4j.tck.selftest.KitRuns.failedRules;
import static org.gan4j.tck.selftest.KitRuns.run;

import org.gan4j.api.spi.LossProvider;
import org.gan4j.tck.LossContract;
import org.gan4j.tck.OptimizerContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the kit on correct and on deliberately broken providers, through JUnit's EngineTestKit ({@link KitRuns}),
 * and checks which of its rules pass and which fail. A kit that passed a broken provider would be a defect.
 */
class KitSelfTest {
    /** real = (2, −1), fake = (0.5, 3): L_D = 1.75 − 0.5 = 1.25 and L_G = −1.75, by hand from the WGAN formula. */
    abstract static class WganExpectations extends LossContract {
        WganExpectations(LossProvider provider) {
            super(provider, new double[] {2, -1}, new double[] {0.5, 3});
        }

        @Override
        protected double expectedDiscriminatorLoss() {
            return 1.25;
        }

        @Override
        protected double expectedGeneratorLoss() {
            return -1.75;
        }
    }

    static class CorrectLoss extends WganExpectations {
        CorrectLoss() {
            super(new Fixtures.CriticLossProvider());
        }
    }

    /** The same expectations, held against the loss whose generator term has the wrong sign. */
    static class FlippedLoss extends WganExpectations {
        FlippedLoss() {
            super(new Fixtures.FlippedGeneratorLossProvider());
        }
    }

    static class CorrectOptimizer extends OptimizerContract {
        CorrectOptimizer() {
            super(new Fixtures.DescentProvider(), "lr=0.1");
        }
    }

    static class AscendingOptimizer extends OptimizerContract {
        AscendingOptimizer() {
            super(new Fixtures.AscentProvider(), "lr=0.1");
        }
    }

    @Test
    @DisplayName("a correct loss passes every rule of LossContract")
    void correctLossPasses() {
        Events events = run(CorrectLoss.class);
        assertThat(failedRules(events)).isEmpty();
        assertThat(events.succeeded().count()).isGreaterThanOrEqualTo(9);
    }

    @Test
    @DisplayName("a loss whose generator term has the wrong sign fails exactly the rules about L_G")
    void brokenLossFails() {
        assertThat(failedRules(run(FlippedLoss.class))).containsExactly(
                "L_G equals its closed form on the fixed outputs",
                "minimizing L_G raises D(G(z)): its gradient sum is negative");
    }

    @Test
    @DisplayName("a correct optimizer passes every rule of OptimizerContract")
    void correctOptimizerPasses() {
        Events events = run(CorrectOptimizer.class);
        assertThat(failedRules(events)).isEmpty();
        assertThat(events.succeeded().count()).isGreaterThanOrEqualTo(7);
    }

    @Test
    @DisplayName("an optimizer that climbs instead of descending fails the convex-quadratic rule")
    void brokenOptimizerFails() {
        assertThat(failedRules(run(AscendingOptimizer.class)))
                .contains("it descends a convex quadratic: f falls below 1% of its start within 300 steps");
    }
}
