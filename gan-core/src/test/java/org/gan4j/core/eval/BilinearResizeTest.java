package org.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The host resize against values worked out by hand with half-pixel centres. */
class BilinearResizeTest {
    @Test
    @DisplayName("[[0, 1], [2, 3]] at 4 × 4: rows and columns sample 0, ¼, ¾, 1 of the input, so pixel (1, 1) is 0.75")
    void twoByTwoToFourByFour() {
        // output i samples y = (i + ½)/2 − ½ = −¼, ¼, ¾, 1¼, clamped to [0, 1]; the value at (y, x) is 2y + x
        float[] out = BilinearResize.resize(new float[] {0, 1, 2, 3}, 2, 2, 1, 4, 4);
        double[] at = {0, 0.25, 0.75, 1};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(out[i * 4 + j]).as("(%d, %d)", i, j).isCloseTo((float) (2 * at[i] + at[j]), within(1e-6f));
            }
        }
        assertThat(out[5]).isEqualTo(0.75f);
    }

    @Test
    @DisplayName("a linear ramp 4 wide, made 8 wide, is sampled at 0, .25, .75, …, 2.75, 3, and each channel on its own")
    void rampAndChannels() {
        // two channels: x and 10 − x, over 1 row of 4 columns
        float[] ramp = {0, 10, 1, 9, 2, 8, 3, 7};
        float[] out = BilinearResize.resize(ramp, 1, 4, 2, 1, 8);
        double[] expected = {0, 0.25, 0.75, 1.25, 1.75, 2.25, 2.75, 3};
        for (int j = 0; j < 8; j++) {
            assertThat(out[2 * j]).isCloseTo((float) expected[j], within(1e-6f));
            assertThat(out[2 * j + 1]).isCloseTo((float) (10 - expected[j]), within(1e-6f));
        }
    }

    @Test
    @DisplayName("a reduction by 2 averages each pair (every sample falls midway), and the same size is a copy")
    void reductionAndIdentity() {
        float[] row = {0, 2, 4, 6};
        assertThat(BilinearResize.resize(row, 1, 4, 1, 1, 2)).containsExactly(1, 5);
        float[] copy = BilinearResize.resize(row, 1, 4, 1, 1, 4);
        assertThat(copy).containsExactly(row).isNotSameAs(row);
    }
}
