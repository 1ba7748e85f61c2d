package org.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.gan4j.api.GanException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** FID, KID and the nearest-neighbour metrics against values worked out by hand from their definitions. */
class ImageMetricsTest {
    private static Features points(double[]... rows) {
        return new Features(rows);
    }

    /** Rotates every 2-D point by θ. */
    private static Features rotated(Features f, double theta) {
        double[][] rows = new double[f.size()][];
        for (int i = 0; i < rows.length; i++) {
            double x = f.rows()[i][0];
            double y = f.rows()[i][1];
            rows[i] = new double[] {x * Math.cos(theta) - y * Math.sin(theta), x * Math.sin(theta) + y * Math.cos(theta)};
        }
        return new Features(rows);
    }

    @Test
    @DisplayName("FID of two point sets with diagonal sample covariances is ‖Δμ‖² + Σ(σ_r − σ_g)², also after a common rotation")
    void frechetDistanceClosedForm() {
        // real: mean 0, covariance (1/(N−1) = 1/3) diag(2/3, 8/3); generated: real·2 + (3, 0): mean (3, 0), diag(8/3, 32/3)
        Features real = points(new double[] {1, 0}, new double[] {-1, 0}, new double[] {0, 2}, new double[] {0, -2});
        Features generated = points(new double[] {5, 0}, new double[] {1, 0}, new double[] {3, 4}, new double[] {3, -4});
        // 9 + (√(2/3) − √(8/3))² + (√(8/3) − √(32/3))² = 9 + 2/3 + 8/3
        double expected = 9 + 2.0 / 3 + 8.0 / 3;
        assertThat(FrechetDistance.between(real, generated)).isCloseTo(expected, within(1e-9));
        assertThat(FrechetDistance.between(rotated(real, 0.5), rotated(generated, 0.5))).as("rotated: Σ not diagonal")
                .isCloseTo(expected, within(1e-9));
        assertThat(FrechetDistance.between(real, real)).isCloseTo(0, within(1e-12));
    }

    @Test
    @DisplayName("KID of {0, 1} against {1, 2} in one dimension is 1 + 27 − 2·37/4 = 9.5 (k(a, b) = (ab + 1)³)")
    void kernelDistanceByHand() {
        Features x = points(new double[] {0}, new double[] {1});
        Features y = points(new double[] {1}, new double[] {2});
        // within x: k(0,1) = 1 twice over 2 ordered pairs; within y: k(1,2) = 27; across: (1 + 1 + 8 + 27)/4
        assertThat(KernelDistance.between(x, y)).isCloseTo(9.5, within(1e-12));
    }

    @Test
    @DisplayName("precision 2/3, recall 1, density 1 and coverage 3/4 for real {0, 1, 2, 10} and generated {0.5, 5, 20}, k = 1")
    void nearestNeighbourMetricsByHand() {
        // real radii (distance to the nearest other real point): 1, 1, 1, 8; generated radii: 4.5, 4.5, 15
        Features real = points(new double[] {0}, new double[] {1}, new double[] {2}, new double[] {10});
        Features generated = points(new double[] {0.5}, new double[] {5}, new double[] {20});
        NearestNeighbourMetrics m = NearestNeighbourMetrics.of(real, generated, 1);
        assertThat(m.precision()).isCloseTo(2.0 / 3, within(1e-12)); // 0.5 and 5 lie in real balls, 20 in none
        assertThat(m.recall()).isEqualTo(1.0);                        // 10 lies in 20's ball of radius 15
        assertThat(m.density()).isCloseTo(1.0, within(1e-12));       // 0.5 in 2 balls, 5 in 1, 20 in 0: 3/(1·3)
        assertThat(m.coverage()).isCloseTo(0.75, within(1e-12));     // 2's nearest generated point is 1.5 away > 1
    }

    @Test
    @DisplayName("feature sets of different dimension, and too few samples for k, are refused")
    void refusals() {
        Features one = points(new double[] {0}, new double[] {1});
        Features two = points(new double[] {0, 1}, new double[] {1, 0});
        assertThatThrownBy(() -> FrechetDistance.between(one, two)).isInstanceOf(GanException.class)
                .hasMessageContaining("dimension 1 with 2");
        assertThatThrownBy(() -> NearestNeighbourMetrics.of(one, one, 5)).hasMessageContaining("k = 5");
    }
}
