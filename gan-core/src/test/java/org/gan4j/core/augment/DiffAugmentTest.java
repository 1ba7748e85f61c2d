package org.gan4j.core.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.role.Augmentation;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.tck.Fetch;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The provider's settings and messages, and the distribution of DiffAugment's draws on images of ones or zeros, whose
 * outcomes have closed forms: the frequencies are checked within 6 standard deviations of the binomial's, at a fixed
 * seed.
 */
class DiffAugmentTest {
    private static final Shape IMAGE = Shape.of(4, 4, 1);
    private static final int N = 900;

    private static Augmentation create(String settings) {
        return new DiffAugmentProvider().create(IMAGE, Hyperparameters.parse(settings));
    }

    private static List<DiffAugmentPolicy> policies(String settings) {
        return ((DiffAugment) create(settings)).policies();
    }

    /** @return T(x) of N images [4, 4, 1] whose pixels are all {@code value}, drawn at seed 3, tick 0 */
    private static double[] augmented(String settings, double value) {
        double[] pixels = new double[N * 16];
        Arrays.fill(pixels, value);
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(3)) {
            return Fetch.doubles(c, create(settings).augment(c.ops(),
                    c.ops().cast(c.ops().constant(HostTensor.of(IMAGE.prepend(N), pixels)), org.gan4j.api.tensor.DType.FLOAT32)));
        }
    }

    /** Asserts that {@code count} of N lies within 6 standard deviations of N·p. */
    private static void frequency(String what, long count, double p) {
        assertThat((double) count).as("%s: %d of %d, expected about %.1f", what, count, N, N * p)
                .isCloseTo(N * p, within(6 * Math.sqrt(N * p * (1 - p))));
    }

    @Test
    @DisplayName("it is found by its id among the augmentations")
    void registered() {
        assertThat(PluginRegistry.load().ids(ProviderKind.AUGMENTATION)).contains(DiffAugmentProvider.ID);
    }

    @Test
    @DisplayName("policy names the policies joined by +, applied in the order given; the default is color+translation+cutout")
    void policySetting() {
        assertThat(policies("")).containsExactly(DiffAugmentPolicy.COLOR, DiffAugmentPolicy.TRANSLATION, DiffAugmentPolicy.CUTOUT);
        assertThat(policies("policy=cutout+color")).containsExactly(DiffAugmentPolicy.CUTOUT, DiffAugmentPolicy.COLOR);
        assertThat(policies("policy=translation")).containsExactly(DiffAugmentPolicy.TRANSLATION);
    }

    @Test
    @DisplayName("an unknown policy is refused, naming the setting, the value and the known policies")
    void unknownPolicy() {
        assertThatThrownBy(() -> create("policy=blur")).isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("diffaugment: policy = 'blur' is invalid; 'blur' is not a policy. The policies are color, "
                        + "translation and cutout, joined by +, such as policy=color+translation+cutout.");
        assertThatThrownBy(() -> create("policy=color+")).isInstanceOf(InvalidHyperparameterException.class)
                .hasMessageContaining("policy = 'color+' is invalid; a policy is missing.");
        assertThatThrownBy(() -> create("ratio=0.5")).isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("diffaugment does not know the setting [ratio]; it knows [policy].");
    }

    @Test
    @DisplayName("samples that are not images [height, width, channels] are refused, naming their shape")
    void notImages() {
        assertThatThrownBy(() -> new DiffAugmentProvider().create(Shape.of(2), Hyperparameters.empty()))
                .isInstanceOf(GanException.class).hasMessage("diffaugment transforms images [height, width, channels], "
                        + "but these samples have shape [2]; use it with image data");
    }

    @Test
    @DisplayName("color: each image of zeros becomes the constant u − 0.5, u ~ U[0, 1) of its own (a constant grey image "
            + "keeps its saturation and contrast)")
    void colourDraws() {
        double[] y = augmented("policy=color", 0);
        double[] offsets = new double[N];
        for (int b = 0; b < N; b++) {
            offsets[b] = y[b * 16];
            for (int p = 1; p < 16; p++) {
                assertThat(y[b * 16 + p]).as("image %d, pixel %d", b, p).isEqualTo(offsets[b]);
            }
        }
        assertThat(Arrays.stream(offsets).allMatch(v -> v >= -0.5 && v < 0.5)).as("every offset in [−0.5, 0.5)").isTrue();
        assertThat(Arrays.stream(offsets).distinct().count()).as("distinct offsets").isGreaterThan(N - 5);
        frequency("offsets below 0", Arrays.stream(offsets).filter(v -> v < 0).count(), 0.5);
    }

    @Test
    @DisplayName("translation on 4 × 4 (r = 1): an image of ones keeps (4 − |t_h|)(4 − |t_w|) ones, 16, 12 or 9, with "
            + "frequencies 1/9, 4/9 and 4/9 when t is uniform on {−1, 0, 1}")
    void translationDraws() {
        long[] counts = survivingOnes(augmented("policy=translation", 1));
        assertThat(counts[16] + counts[12] + counts[9]).as("every image keeps 16, 12 or 9 ones").isEqualTo(N);
        frequency("16 ones", counts[16], 1.0 / 9);
        frequency("12 ones", counts[12], 4.0 / 9);
    }

    @Test
    @DisplayName("cutout on 4 × 4 (s = 2, centre uniform on 0..4 per axis): 1, 2 or 4 pixels of an image are cut, with "
            + "frequencies (2/5)², 2·(2/5)(3/5) and (3/5)²")
    void cutoutDraws() {
        long[] counts = survivingOnes(augmented("policy=cutout", 1));
        assertThat(counts[15] + counts[14] + counts[12]).as("every image loses 1, 2 or 4 pixels").isEqualTo(N);
        frequency("1 cut", counts[15], 0.16);
        frequency("2 cut", counts[14], 0.48);
    }

    /** @return how many images keep k ones, by k = 0..16 */
    private static long[] survivingOnes(double[] y) {
        long[] counts = new long[17];
        for (int b = 0; b < N; b++) {
            int ones = 0;
            for (int p = 0; p < 16; p++) {
                ones += y[b * 16 + p] == 1 ? 1 : 0;
            }
            counts[ones]++;
        }
        return counts;
    }
}
