package org.gan4j.core.augment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.tck.Fetch;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Cutout against squares worked by hand on a 4 × 4 ramp, x[i, j] = 4i + j, and a 5 × 5 image of ones. */
class CutoutTest {
    private static Computation open() {
        return new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1);
    }

    @Test
    @DisplayName("s = ⌊size/2 + 0.5⌋, the reference's: 2 for 4 pixels, 3 for 5, 14 for 28, 16 for 32, 32 for 64")
    void side() {
        assertThat(List.of(4, 5, 28, 32, 64).stream().map(Cutout::side).toList()).containsExactly(2L, 3L, 14L, 16L, 32L);
    }

    @Test
    @DisplayName("rows and columns o − ⌊s/2⌋ … o − ⌊s/2⌋ + s − 1 are zeroed, clipped at the edges: on 4 × 4 (s = 2), "
            + "centre (2, 0) cuts rows 1–2 of column 0, centre (4, 4) the corner pixel (3, 3)")
    void squaresByHand() {
        try (Computation c = open()) {
            Ops o = c.ops();
            Tensor ramp = Images.ramp(o, 4, 4);
            Tensor x = o.concat(List.of(ramp, ramp, ramp), 0);
            double[] y = Fetch.doubles(c, Cutout.cut(o, x, Images.perAxis(o, 2, 4, 1), Images.perAxis(o, 0, 4, 2)));
            assertThat(java.util.Arrays.copyOfRange(y, 0, 16)).as("centre (2, 0)").containsExactly(
                    0, 1, 2, 3, 0, 5, 6, 7, 0, 9, 10, 11, 12, 13, 14, 15);
            assertThat(java.util.Arrays.copyOfRange(y, 16, 32)).as("centre (4, 4)").containsExactly(
                    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0);
            assertThat(java.util.Arrays.copyOfRange(y, 32, 48)).as("centre (1, 2): rows 0–1, columns 1–2").containsExactly(
                    0, 0, 0, 3, 4, 0, 0, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        }
    }

    @Test
    @DisplayName("an odd side is centred: on 5 × 5 (s = 3), centre (2, 2) zeroes the middle 3 × 3 square in every channel")
    void oddSide() {
        try (Computation c = open()) {
            Ops o = c.ops();
            double[] ones = new double[5 * 5 * 2];
            java.util.Arrays.fill(ones, 1);
            Tensor x = Images.of(o, Shape.of(1, 5, 5, 2), ones);
            double[] y = Fetch.doubles(c, Cutout.cut(o, x, Images.perAxis(o, 2), Images.perAxis(o, 2)));
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 5; j++) {
                    double expected = i >= 1 && i <= 3 && j >= 1 && j <= 3 ? 0 : 1;
                    assertThat(new double[] {y[(i * 5 + j) * 2], y[(i * 5 + j) * 2 + 1]}).as("pixel (%d, %d)", i, j)
                            .containsExactly(expected, expected);
                }
            }
        }
    }

    @Test
    @DisplayName("draws choose the centre o = ⌊u·(size + 1 − s mod 2)⌋: on 4 × 4, u = 0.5 is 2 and u = 0.99 is 4")
    void drawsChooseCentres() {
        try (Computation c = open()) {
            Ops o = c.ops();
            Tensor x = Images.ramp(o, 4, 4);
            assertThat(Fetch.doubles(c, Cutout.apply(o, x, Images.perAxis(o, 0.5), Images.perAxis(o, 0.99))))
                    .containsExactly(0, 1, 2, 3, 4, 5, 6, 0, 8, 9, 10, 0, 12, 13, 14, 15);
        }
    }

    @Test
    @DisplayName("the gradient is the mask: ∂Σw·y/∂x = w where kept, 0 where cut")
    void gradientIsTheMask() {
        try (Computation c = open()) {
            Ops o = c.ops();
            Tensor x = Images.ramp(o, 4, 4);
            Tensor w = o.add(Images.ramp(o, 4, 4), o.constant(1));
            Tensor y = Cutout.cut(o, x, Images.perAxis(o, 2), Images.perAxis(o, 2));
            double[] gradient = Fetch.doubles(c, o.gradients(o.sum(o.mul(w, y)), List.of(x)).get(0));
            assertThat(gradient).containsExactly(1, 2, 3, 4, 5, 0, 0, 8, 9, 0, 0, 12, 13, 14, 15, 16);
        }
    }
}
