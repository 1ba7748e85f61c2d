package org.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.gan4j.api.GanException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Inception Score against values worked out by hand from its definition. */
class InceptionScoreTest {
    /** Logits that make each row's softmax one-hot on its class: e^−200 is below double's resolution of 1. */
    private static ClassLogits certain(int classes, int... predicted) {
        float[] values = new float[predicted.length * classes];
        for (int i = 0; i < predicted.length; i++) {
            for (int c = 0; c < classes; c++) {
                values[i * classes + c] = c == predicted[i] ? 200 : 0;
            }
        }
        return new ClassLogits(values, classes);
    }

    private static int[] cycling(int n, int classes) {
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) {
            predicted[i] = i % classes;
        }
        return predicted;
    }

    @Test
    @DisplayName("uniform predictions (equal logits) score 1 in every split: p(y | x) = p(y), so every KL is 0")
    void uniformPredictionsScoreOne() {
        InceptionScore is = InceptionScore.of(new ClassLogits(new float[50 * 4], 4), 10);
        assertThat(is.mean()).isCloseTo(1, within(1e-12));
        assertThat(is.standardDeviation()).isCloseTo(0, within(1e-12));
        assertThat(is.splits()).isEqualTo(10);
    }

    @Test
    @DisplayName("k classes each predicted with certainty, equally often in every split, score k: KL = log k for every image")
    void certainBalancedPredictionsScoreTheClassCount() {
        for (int k : new int[] {2, 5, 10}) {
            InceptionScore is = InceptionScore.of(certain(k, cycling(10 * k * 3, k)), 10);
            assertThat(is.mean()).as("k = " + k).isCloseTo(k, within(1e-9));
            assertThat(is.standardDeviation()).as("k = " + k).isCloseTo(0, within(1e-9));
        }
        // every image of one class: p(y) is that class too, KL 0
        assertThat(InceptionScore.of(certain(3, new int[30]), 10).mean()).isCloseTo(1, within(1e-12));
    }

    @Test
    @DisplayName("p(y|x) = (1, 0) and (½, ½) in one split: p(y) = (¾, ¼), mean KL = ½(log 4/3 + ½ log 4/3), IS = (4/3)^¾")
    void twoImagesByHand() {
        // row 1: KL = log(1/¾) = log 4/3; row 2: ½ log(½/¾) + ½ log(½/¼) = ½ log 4/3
        ClassLogits logits = new ClassLogits(new float[] {0, -1000, 0, 0}, 2);
        assertThat(InceptionScore.of(logits, 1).mean()).isCloseTo(Math.pow(4.0 / 3, 0.75), within(1e-12));
    }

    @Test
    @DisplayName("splits are consecutive rows: a first split scoring 1 and a second scoring 2 give mean 1.5 and standard deviation 0.5 (NumPy's std, 1/splits)")
    void splitsAreConsecutiveAndTheirSpreadIsThePopulationStd() {
        // rows 0–3 all class 0 (IS 1), rows 4–7 alternate classes 0 and 1 (IS 2)
        InceptionScore is = InceptionScore.of(certain(2, 0, 0, 0, 0, 0, 1, 0, 1), 2);
        assertThat(is.mean()).isCloseTo(1.5, within(1e-9));
        assertThat(is.standardDeviation()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    @DisplayName("fewer images than splits are refused, naming both counts")
    void tooFewImages() {
        assertThatThrownBy(() -> InceptionScore.of(certain(2, 0, 1, 0), 10)).isInstanceOf(GanException.class)
                .hasMessageContaining("10 splits needs at least 10 images, got 3");
    }

    @Test
    @DisplayName("class shares and predicted classes come from the largest logit of each row")
    void sharesAndPredictions() {
        ClassLogits logits = new ClassLogits(new float[] {1, 3, 2, 5, 0, 0, 9, 8, -1}, 3);
        assertThat(logits.predictedClasses()).containsExactly(1, 0, 0);
        assertThat(logits.shares()).containsExactly(new double[] {2.0 / 3, 1.0 / 3, 0}, within(1e-12));
    }
}
