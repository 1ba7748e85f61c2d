package org.gan4j.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gan4j.tck.selftest.KitRuns.failedRules;
import static org.gan4j.tck.selftest.KitRuns.run;

import java.util.Arrays;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.RegularizerInputs;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.RegularizerProvider;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.tck.ContractBackend;
import org.gan4j.tck.Fetch;
import org.gan4j.tck.LinearCritic;
import org.gan4j.tck.RegularizerContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/** {@link RegularizerContract} on a correct gradient penalty and on one at the wrong points or of the wrong value. */
class RegularizerKitSelfTest {
    private static final String CLOSED_FORM = "its penalty on a quadratic critic, whose gradient differs from point to point, "
            + "equals the closed form at the points it scored";
    private static final String CLOSED_FORM_PACKED = "its penalty equals the closed form too when the critic scores pairs "
            + "of consecutive samples (groupSize 2)";
    private static final String BETWEEN_PAIRS = "every sample it scores lies between real sample i and generated sample i: "
            + "ε·x + (1 − ε)·x̃ with ε in [0, 1]";

    /** WGAN-GP's formula with λ = 10, from Gulrajani et al. (2017), Algorithm 1. */
    abstract static class GradientPenaltyExpectations extends RegularizerContract {
        GradientPenaltyExpectations(RegularizerProvider provider) {
            super(provider);
        }

        @Override
        protected double expectedPenalty(double[] gradientNorms) {
            return RegularizerFixtures.LAMBDA * Arrays.stream(gradientNorms).map(n -> (n - 1) * (n - 1)).average().orElseThrow();
        }
    }

    static class CorrectPenalty extends GradientPenaltyExpectations {
        CorrectPenalty() {
            super(new RegularizerFixtures.PenaltyProvider());
        }
    }

    static class WrongSamples extends GradientPenaltyExpectations {
        WrongSamples() {
            super(new RegularizerFixtures.WrongSamplesProvider());
        }
    }

    static class WrongValue extends GradientPenaltyExpectations {
        WrongValue() {
            super(new RegularizerFixtures.WrongValueProvider());
        }
    }

    @Test
    @DisplayName("a correct gradient penalty passes every rule of RegularizerContract")
    void correctPenaltyPasses() {
        Events events = run(CorrectPenalty.class);
        assertThat(failedRules(events)).isEmpty();
        assertThat(events.succeeded().count()).isEqualTo(10);
    }

    @Test
    @DisplayName("a penalty whose ε is drawn per element, so its points leave the segments, fails exactly the samples rule")
    void wrongSamplesFail() {
        assertThat(failedRules(run(WrongSamples.class))).containsExactly(BETWEEN_PAIRS);
    }

    @Test
    @DisplayName("a penalty that squares the mean instead of averaging the squares fails exactly the closed-form rules")
    void wrongValueFails() {
        assertThat(failedRules(run(WrongValue.class))).containsExactly(CLOSED_FORM_PACKED, CLOSED_FORM);
    }

    @Test
    @DisplayName("on a linear critic, with ‖∇D‖ = 5 everywhere, all three give 10·(5 − 1)² = 160: why the kit's critic is quadratic")
    void linearCriticCannotTellThemApart() {
        for (RegularizerProvider provider : new RegularizerProvider[] {new RegularizerFixtures.PenaltyProvider(),
                new RegularizerFixtures.WrongSamplesProvider(), new RegularizerFixtures.WrongValueProvider()}) {
            try (Computation c = ContractBackend.find().newComputation(1)) {
                Ops ops = c.ops();
                var critic = new LinearCritic(ops.constant(HostTensor.of(Shape.of(2, 1), new float[] {3, 4})));
                var real = ops.constant(HostTensor.of(Shape.of(4, 2), new float[] {1, 0, 0, 1, -1, 0, 0, -1}));
                var fake = ops.constant(HostTensor.of(Shape.of(4, 2), new float[] {2, 2, -3, 1, 0.5f, 0.5f, 0, 0}));
                var penalty = provider.create(Hyperparameters.empty()).penalty(new RegularizerInputs(ops, real, fake, critic));
                assertThat(Fetch.scalar(c, penalty)).as(provider.id()).isCloseTo(160, within(1e-3));
            }
        }
    }
}
