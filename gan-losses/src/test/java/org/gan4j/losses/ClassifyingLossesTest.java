package org.gan4j.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.ServiceLoader;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.role.Loss;
import org.gan4j.api.spi.LossProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Minimax and non-saturating losses against Goodfellow et al.'s formulas, evaluated by hand. */
class ClassifyingLossesTest {
    private static final double[] REAL = {2.0, -1.0};
    private static final double[] FAKE = {0.5, 3.0};

    private static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    /** E log σ(t) and E log(1 − σ(t)), straight from the definition. */
    private static double meanLogD(double[] t) {
        return (Math.log(sigmoid(t[0])) + Math.log(sigmoid(t[1]))) / 2;
    }

    private static double meanLogOneMinusD(double[] t) {
        return (Math.log(1 - sigmoid(t[0])) + Math.log(1 - sigmoid(t[1]))) / 2;
    }

    private static double[] evaluate(Loss loss, double[] real, double[] fake) {
        return LossEvaluator.evaluate(loss, real, fake);
    }

    @Test
    @DisplayName("minimax: L_D = -E log D(x) - E log(1 - D(G(z))), L_G = E log(1 - D(G(z)))")
    void minimax() {
        double[] v = evaluate(new MinimaxLoss(), REAL, FAKE);
        assertThat(v[0]).isCloseTo(-meanLogD(REAL) - meanLogOneMinusD(FAKE), within(1e-12));
        assertThat(v[1]).isCloseTo(meanLogOneMinusD(FAKE), within(1e-12));
        // dL_G/dt = -σ(t)/2 per sample: G lowers its loss by raising the fake logit
        assertThat(v[2]).isCloseTo(-sigmoid(FAKE[0]) / 2, within(1e-12));
    }

    @Test
    @DisplayName("non-saturating: same L_D, L_G = -E log D(G(z))")
    void nonSaturating() {
        double[] v = evaluate(new NonSaturatingLoss(), REAL, FAKE);
        assertThat(v[0]).isCloseTo(-meanLogD(REAL) - meanLogOneMinusD(FAKE), within(1e-12));
        assertThat(v[1]).isCloseTo(-meanLogD(FAKE), within(1e-12));
        // dL_G/dt = -(1 - σ(t))/2
        assertThat(v[2]).isCloseTo(-(1 - sigmoid(FAKE[0])) / 2, within(1e-12));
    }

    @Test
    @DisplayName("losses stay finite for logits of ±500, where exp overflows in float64")
    void extremeLogitsAreFinite() {
        for (Loss loss : List.of(new MinimaxLoss(), new NonSaturatingLoss())) {
            double[] v = evaluate(loss, new double[] {500, -500}, new double[] {-500, 500});
            assertThat(java.util.Arrays.stream(v).allMatch(Double::isFinite)).as("finite %s", java.util.Arrays.toString(v)).isTrue();
            // softplus(500) = 500, softplus(-500) = 0: L_D = (0 + 500)/2 + (0 + 500)/2
            assertThat(v[0]).isCloseTo(500.0, within(1e-9));
        }
    }

    @Test
    @DisplayName("both providers are found by id and reject unknown settings")
    void providers() {
        var ids = ServiceLoader.load(LossProvider.class).stream().map(p -> p.get().id()).toList();
        assertThat(ids).contains("minimax", "non-saturating");
        assertThatThrownBy(() -> new NonSaturatingLossProvider().create(Hyperparameters.parse("lambda=10")))
                .isInstanceOf(InvalidHyperparameterException.class)
                .hasMessageContaining("non-saturating does not know the setting [lambda]");
    }
}
