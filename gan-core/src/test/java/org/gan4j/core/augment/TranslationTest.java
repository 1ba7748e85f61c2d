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

/** Translation against shifts worked by hand on a 4 × 4 ramp, x[i, j] = 4i + j. */
class TranslationTest {
    private static Computation open() {
        return new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1);
    }

    @Test
    @DisplayName("r = ⌊size/8 + 0.5⌋, the reference's: 1 for 4 and 8 pixels, 4 for 28 and 32, 8 for 64")
    void maxShift() {
        assertThat(List.of(4, 8, 28, 32, 64).stream().map(Translation::maxShift).toList()).containsExactly(1L, 1L, 4L, 4L, 8L);
    }

    @Test
    @DisplayName("y[i, j] = x[i + t_h, j + t_w], zero where that falls outside, each image with its own shift")
    void shiftsByHand() {
        try (Computation c = open()) {
            Ops o = c.ops();
            Tensor ramp = Images.ramp(o, 4, 4);
            Tensor x = o.concat(List.of(ramp, ramp, ramp), 0);
            double[] y = Fetch.doubles(c, Translation.shift(o, x, Images.perAxis(o, 1, 0, 1), Images.perAxis(o, 0, -1, 1)));
            assertThat(java.util.Arrays.copyOfRange(y, 0, 16)).as("t = (+1, 0): the rows move up").containsExactly(
                    4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 0, 0);
            assertThat(java.util.Arrays.copyOfRange(y, 16, 32)).as("t = (0, −1): the columns move right").containsExactly(
                    0, 0, 1, 2, 0, 4, 5, 6, 0, 8, 9, 10, 0, 12, 13, 14);
            assertThat(java.util.Arrays.copyOfRange(y, 32, 48)).as("t = (+1, +1)").containsExactly(
                    5, 6, 7, 0, 9, 10, 11, 0, 13, 14, 15, 0, 0, 0, 0, 0);
        }
    }

    @Test
    @DisplayName("channels move together and stay apart: a 2 × 2 image with channels (1, 2, 3, 4) and (10, 20, 30, 40), "
            + "t = (0, +1)")
    void channels() {
        try (Computation c = open()) {
            Ops o = c.ops();
            Tensor x = Images.of(o, Shape.of(1, 2, 2, 2), 1, 10, 2, 20, 3, 30, 4, 40);
            assertThat(Fetch.doubles(c, Translation.shift(o, x, Images.perAxis(o, 0), Images.perAxis(o, 1))))
                    .containsExactly(2, 20, 0, 0, 4, 40, 0, 0);
        }
    }

    @Test
    @DisplayName("draws choose t = ⌊u·(2r + 1)⌋ − r: on 4 × 4 (r = 1), u = 0.9 is +1, u = 0.5 is 0, u = 0.1 is −1")
    void drawsChooseShifts() {
        try (Computation c = open()) {
            Ops o = c.ops();
            Tensor x = Images.ramp(o, 4, 4);
            assertThat(Fetch.doubles(c, Translation.apply(o, x, Images.perAxis(o, 0.9), Images.perAxis(o, 0.1))))
                    .containsExactly(0, 4, 5, 6, 0, 8, 9, 10, 0, 12, 13, 14, 0, 0, 0, 0);
            assertThat(Fetch.doubles(c, Translation.apply(o, x, Images.perAxis(o, 0.5), Images.perAxis(o, 0.5))))
                    .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        }
    }

    @Test
    @DisplayName("the gradient is the opposite shift: ∂Σw·y/∂x[k, l] = w[k − t_h, l − t_w], 0 where that is outside")
    void gradientShiftsBack() {
        try (Computation c = open()) {
            Ops o = c.ops();
            Tensor x = Images.ramp(o, 4, 4);
            Tensor w = Images.ramp(o, 4, 4);
            Tensor y = Translation.shift(o, x, Images.perAxis(o, 1), Images.perAxis(o, -1));
            double[] gradient = Fetch.doubles(c, o.gradients(o.sum(o.mul(w, y)), List.of(x)).get(0));
            // k ≥ 1 and l ≤ 2: w[k − 1, l + 1] = 4(k − 1) + l + 1
            assertThat(gradient).containsExactly(0, 0, 0, 0, 1, 2, 3, 0, 5, 6, 7, 0, 9, 10, 11, 0);
        }
    }
}
