package org.gan4j.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.gan4j.api.role.Loss;
import org.gan4j.api.spi.LossProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * WGAN, hinge, least-squares and relativistic-average losses on fixed outputs D(x) = (2, −1), D(G(z)) = (0.5, 3).
 * Expected values are worked out by hand from the papers' equations (docs/algorithms.md#losses), or, for RaSGAN, with
 * log and σ straight from the definition.
 */
class OtherLossesTest {
    private static final double[] REAL = {2.0, -1.0};
    private static final double[] FAKE = {0.5, 3.0};

    private static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    @Test
    @DisplayName("wgan: L_D = E D(G(z)) − E D(x) = 1.75 − 0.5; L_G = −1.75; G's gradient pushes D(G(z)) up")
    void wgan() {
        double[] v = LossEvaluator.evaluate(new WassersteinLoss(), REAL, FAKE);
        assertThat(v[0]).isCloseTo(1.25, within(1e-12));
        assertThat(v[1]).isCloseTo(-1.75, within(1e-12));
        assertThat(v[2]).isCloseTo(-0.5, within(1e-12));
        assertThat(v[3]).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    @DisplayName("hinge: L_D = mean(0, 2) + mean(1.5, 4) = 3.75; L_G = −1.75; a real logit above 1 gets no gradient")
    void hinge() {
        double[] v = LossEvaluator.evaluate(new HingeLoss(), REAL, FAKE);
        assertThat(v[0]).isCloseTo(3.75, within(1e-12));
        assertThat(v[1]).isCloseTo(-1.75, within(1e-12));
        assertThat(v[3]).isCloseTo(0.0, within(1e-12));
    }

    @Test
    @DisplayName("least-squares: L_D = ½·mean(1, 4) + ½·mean(0.25, 9) = 3.5625; L_G = ½·mean(0.25, 4) = 1.0625")
    void leastSquares() {
        double[] v = LossEvaluator.evaluate(new LeastSquaresLoss(), REAL, FAKE);
        assertThat(v[0]).isCloseTo(3.5625, within(1e-12));
        assertThat(v[1]).isCloseTo(1.0625, within(1e-12));
        // ∂L_G/∂t_0 = ½·2·(0.5 − 1)/2 = −0.25: G pushes its score towards c = 1
        assertThat(v[2]).isCloseTo(-0.25, within(1e-12));
    }

    @Test
    @DisplayName("relativistic-average: both terms equal the definition with E D(x) = 0.5 and E D(G(z)) = 1.75")
    void relativisticAverage() {
        double meanReal = 0.5;
        double meanFake = 1.75;
        double d = -(Math.log(sigmoid(REAL[0] - meanFake)) + Math.log(sigmoid(REAL[1] - meanFake))) / 2
                - (Math.log(1 - sigmoid(FAKE[0] - meanReal)) + Math.log(1 - sigmoid(FAKE[1] - meanReal))) / 2;
        double g = -(Math.log(sigmoid(FAKE[0] - meanReal)) + Math.log(sigmoid(FAKE[1] - meanReal))) / 2
                - (Math.log(1 - sigmoid(REAL[0] - meanFake)) + Math.log(1 - sigmoid(REAL[1] - meanFake))) / 2;
        double[] v = LossEvaluator.evaluate(new RelativisticAverageLoss(), REAL, FAKE);
        assertThat(v[0]).isCloseTo(d, within(1e-12));
        assertThat(v[1]).isCloseTo(g, within(1e-12));
    }

    @Test
    @DisplayName("every loss is finite for outputs of ±500")
    void extremeOutputsAreFinite() {
        for (Loss loss : List.of(new WassersteinLoss(), new HingeLoss(), new LeastSquaresLoss(), new RelativisticAverageLoss())) {
            double[] v = LossEvaluator.evaluate(loss, new double[] {500, -500}, new double[] {-500, 500});
            assertThat(Arrays.stream(v).allMatch(Double::isFinite)).as(loss + " " + Arrays.toString(v)).isTrue();
        }
    }

    @Test
    @DisplayName("all six losses are found through ServiceLoader by id")
    void discovered() {
        assertThat(ServiceLoader.load(LossProvider.class).stream().map(p -> p.get().id()))
                .containsExactlyInAnyOrder("minimax", "non-saturating", "wgan", "hinge", "least-squares",
                        "relativistic-average");
    }
}
