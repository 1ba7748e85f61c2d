package org.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.gan4j.core.data.GaussianMixture2D;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Expected values are worked out by hand from the VEEGAN/PacGAN definitions. */
class MixtureEvaluationTest {
    private final GaussianMixture2D ring = GaussianMixture2D.ring8();

    private static float[] repeat(double x, double y, int n) {
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = (float) x;
            xy[2 * i + 1] = (float) y;
        }
        return xy;
    }

    @Test
    @DisplayName("one point on each ring mode: 8/8 modes, 100% high quality, reverse KL 0")
    void perfect() {
        float[] xy = new float[16];
        for (int k = 0; k < 8; k++) {
            xy[2 * k] = (float) Math.cos(Math.PI * k / 4);
            xy[2 * k + 1] = (float) Math.sin(Math.PI * k / 4);
        }
        MixtureScore s = MixtureEvaluation.evaluate(xy, ring);
        assertThat(s.modesCovered()).isEqualTo(8);
        assertThat(s.highQuality()).isEqualTo(1.0);
        assertThat(s.reverseKl()).isCloseTo(0, within(1e-12));
    }

    @Test
    @DisplayName("everything on one mode: 1/8 modes, 100% high quality, reverse KL ln 8")
    void collapsed() {
        MixtureScore s = MixtureEvaluation.evaluate(repeat(0, 1, 100), ring);
        assertThat(s.modesCovered()).isEqualTo(1);
        assertThat(s.highQuality()).isEqualTo(1.0);
        assertThat(s.reverseKl()).isCloseTo(Math.log(8), within(1e-12));
    }

    @Test
    @DisplayName("3 std is the boundary: 0.029 from a mode counts, 0.031 does not; half on two modes gives ln 4")
    void threshold() {
        float[] xy = new float[8];
        xy[0] = 1.029f;                 // mode 0, inside
        xy[2] = -1.031f;                // mode 4, outside
        xy[4] = 0f;
        xy[5] = 0.971f + 0.0f;          // mode 2 at (0,1), 0.029 away: inside
        xy[6] = 0f;
        xy[7] = 0f;                     // the centre: 1.0 from every mode
        MixtureScore s = MixtureEvaluation.evaluate(xy, ring);
        assertThat(s.highQuality()).isEqualTo(0.5);
        assertThat(s.modesCovered()).isEqualTo(2);
        // p = (1/2, 1/2) on 2 of 8 modes: Σ p ln(8p) = ln 4
        assertThat(s.reverseKl()).isCloseTo(Math.log(4), within(1e-12));
    }

    @Test
    @DisplayName("no high-quality sample: 0 modes, 0%, reverse KL undefined (NaN)")
    void nothingGood() {
        MixtureScore s = MixtureEvaluation.evaluate(repeat(0, 0, 10), ring);
        assertThat(s.modesCovered()).isZero();
        assertThat(s.highQuality()).isZero();
        assertThat(s.reverseKl()).isNaN();
    }

    @Test
    @DisplayName("2,500 samples of the true grid25 cover 25/25 with about 98.9% high quality")
    void trueDistributionScoresNearPerfect() {
        GaussianMixture2D grid = GaussianMixture2D.grid25();
        MixtureScore s = MixtureEvaluation.evaluate(grid.sample(2500, new SplittableRandom(3)), grid);
        assertThat(s.modesCovered()).isEqualTo(25);
        // P(|N(0, σ²I₂)| ≤ 3σ) = 1 − e^{−9/2} = 0.98889 (Rayleigh); 3 binomial std at n = 2500 is 0.0063
        assertThat(s.highQuality()).isCloseTo(1 - Math.exp(-4.5), within(0.0063));
    }
}
