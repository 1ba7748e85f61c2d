package org.gan4j.core.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

/** The colour transforms against values worked by hand from the reference formulas, with fixed draws u. */
class ColorTransformsTest {
    /** float64 arithmetic on draws that float32 holds exactly (0, 0.25, 0.75), so only rounding separates the values. */
    private static final double EXACT = 1e-12;

    private static Computation open() {
        return new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1);
    }

    @Test
    @DisplayName("brightness adds u − 0.5 to every value of an image: u = 0.75 adds 0.25, u = 0.25 subtracts 0.25")
    void brightness() {
        try (Computation c = open()) {
            Ops o = c.ops();
            Tensor x = Images.of(o, Shape.of(2, 1, 2, 1), -1, 0.5, 0, 1);
            double[] y = Fetch.doubles(c, ColorTransforms.brightness(o, x, Images.perImage(o, 0.75, 0.25)));
            assertThat(y).containsExactly(new double[] {-0.75, 0.75, -0.25, 0.75}, within(EXACT));
        }
    }

    @Test
    @DisplayName("saturation scales each pixel's distance from its channel mean by 2u: (0.3, −0.3, 0.6), mean 0.2, "
            + "u = 0.25 gives (0.25, −0.05, 0.4); a grey image is left as it is")
    void saturation() {
        try (Computation c = open()) {
            Ops o = c.ops();
            Tensor rgb = Images.of(o, Shape.of(1, 1, 1, 3), 0.3, -0.3, 0.6);
            assertThat(Fetch.doubles(c, ColorTransforms.saturation(o, rgb, Images.perImage(o, 0.25))))
                    .containsExactly(new double[] {0.25, -0.05, 0.4}, within(EXACT));
            Tensor grey = Images.of(o, Shape.of(1, 2, 1, 1), -0.5, 0.75);
            assertThat(Fetch.doubles(c, ColorTransforms.saturation(o, grey, Images.perImage(o, 0.9))))
                    .containsExactly(new double[] {-0.5, 0.75}, within(EXACT));
        }
    }

    @Test
    @DisplayName("contrast scales each value's distance from the image's mean by u + 0.5: (−1, 0, 1, 2), mean 0.5, u = 0 "
            + "gives (−0.25, 0.25, 0.75, 1.25)")
    void contrast() {
        try (Computation c = open()) {
            Ops o = c.ops();
            Tensor x = Images.of(o, Shape.of(1, 2, 2, 1), -1, 0, 1, 2);
            assertThat(Fetch.doubles(c, ColorTransforms.contrast(o, x, Images.perImage(o, 0))))
                    .containsExactly(new double[] {-0.25, 0.25, 0.75, 1.25}, within(EXACT));
        }
    }

    @Test
    @DisplayName("the gradient goes through all three: on a grey image brightness and saturation pass it unchanged, and "
            + "contrast with f = u + 0.5 gives ∂Σw·y/∂x_k = f·w_k + (1 − f)·Σw/n: (0.8125, 0.0625, 0.0625, 0.0625) for "
            + "w = (1, 0, 0, 0), f = 0.75")
    void colourGradient() {
        try (Computation c = open()) {
            Ops o = c.ops();
            Tensor x = Images.of(o, Shape.of(1, 2, 2, 1), -1, 0, 1, 2);
            Tensor y = ColorTransforms.contrast(o, ColorTransforms.saturation(o, ColorTransforms.brightness(o, x,
                    Images.perImage(o, 0.3)), Images.perImage(o, 0.7)), Images.perImage(o, 0.25));
            Tensor w = Images.of(o, Shape.of(1, 2, 2, 1), 1, 0, 0, 0);
            double[] gradient = Fetch.doubles(c, o.gradients(o.sum(o.mul(w, y)), List.of(x)).get(0));
            assertThat(gradient).containsExactly(new double[] {0.8125, 0.0625, 0.0625, 0.0625}, within(EXACT));
        }
    }
}
