package org.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SavedModel feature extractor on {@link TinyFeatureModel}, whose features are the mean m of an image's values
 * (in the stated range) and the mean q of their squares, and whose logits are [m − ½, ½ − m]: every expected value
 * below is worked out from the images, not by the extractor.
 */
class SavedModelFeaturesTest {
    private static final Backend BACKEND = new TfBackendProvider().create(Hyperparameters.empty());

    @TempDir
    static Path dir;
    private static Path model;

    @BeforeAll
    static void export() {
        model = TinyFeatureModel.export(BACKEND, dir.resolve("tiny"));
    }

    private static SavedModelFeatures open(Map<String, String> changed) {
        TinyFeatureModel.contract(model, changed);
        return SavedModelFeatures.open(BACKEND, SavedModelContract.read(model));
    }

    @Test
    @DisplayName("10 constant grey 5 × 5 images (resized to 8 × 8, repeated into 3 channels, mapped to 0..1, in batches of 4, the last padded) give features (v, v²) and logits (v − ½, ½ − v), v = (x + 1)/2")
    void constantGreyImages() {
        int n = 10;
        float[] values = new float[n * 25];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(values, i * 25, (i + 1) * 25, -1 + 2f * i / (n - 1));
        }
        try (SavedModelFeatures extractor = open(Map.of())) {
            assertThat(extractor.dimension()).isEqualTo(2);
            assertThat(extractor.classes()).isEqualTo(2);
            ExtractedFeatures out = extractor.extract(HostTensor.of(Shape.of(n, 5, 5, 1), values));
            for (int i = 0; i < n; i++) {
                double v = (double) i / (n - 1);
                assertThat(out.features().rows()[i]).as("image " + i).containsExactly(new double[] {v, v * v}, within(1e-6));
                assertThat(out.logits().orElseThrow().probabilities(i)[0]).as("image " + i)
                        .isCloseTo(1 / (1 + Math.exp(-2 * (v - 0.5))), within(1e-6));
            }
        }
    }

    @Test
    @DisplayName("colour 8 × 8 images go in unresized: their features are the mean and mean square of (x + 1)/2 over every value")
    void colourImagesOfTheRightSize() {
        Random random = new Random(7);
        int n = 3;
        float[] values = new float[n * 8 * 8 * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = 2 * random.nextFloat() - 1;
        }
        try (SavedModelFeatures extractor = open(Map.of())) {
            Features f = extractor.extract(HostTensor.of(Shape.of(n, 8, 8, 3), values)).features();
            for (int i = 0; i < n; i++) {
                double m = 0;
                double q = 0;
                for (int k = 0; k < 192; k++) {
                    double v = (values[i * 192 + k] + 1) / 2;
                    m += v / 192;
                    q += v * v / 192;
                }
                assertThat(f.rows()[i]).containsExactly(new double[] {m, q}, within(1e-6));
            }
        }
    }

    @Test
    @DisplayName("a 4-wide ramp made 8 wide samples its columns at 0, ¼, ¾, 1¼, 1¾, 2¼, 2¾, 3 (half-pixel centres), which give m and q; range 0..255 multiplies by 127.5")
    void resizedRampInAnotherRange() {
        // x = (column − 1.5)/2 in [−0.75, 0.75]; 0..255 makes it 127.5·(x + 1)
        float[] ramp = new float[4 * 4];
        for (int p = 0; p < ramp.length; p++) {
            ramp[p] = (p % 4 - 1.5f) / 2;
        }
        double[] sampled = {0, 0.25, 0.75, 1.25, 1.75, 2.25, 2.75, 3};
        double m = 0;
        double q = 0;
        for (double column : sampled) {
            double v = 127.5 * ((column - 1.5) / 2 + 1);
            m += v / sampled.length;
            q += v * v / sampled.length;
        }
        try (SavedModelFeatures extractor = open(Map.of("range", "0..255"))) {
            Features f = extractor.extract(HostTensor.of(Shape.of(1, 4, 4, 1), ramp)).features();
            assertThat(f.rows()[0][0]).isCloseTo(m, within(1e-4));
            assertThat(f.rows()[0][1]).isCloseTo(q, within(1e-6 * q));
        }
    }

    @Test
    @DisplayName("without logits in the contract the extractor gives features only, and says whose they are")
    void withoutLogits() {
        try (SavedModelFeatures extractor = open(Map.of("logits", ""))) {
            assertThat(extractor.classes()).isZero();
            assertThat(extractor.extract(HostTensor.filled(Shape.of(2, 8, 8, 3), 0)).logits()).isEmpty();
            assertThat(extractor.describe()).isEqualTo("the SavedModel " + model + ", not a classifier made for this data");
        }
    }

    @Test
    @DisplayName("names and sizes that do not fit the SavedModel are refused when it is opened, naming the file, the key, what the model has and what to write")
    void contractsThatDoNotFit() {
        String file = model.resolve(SavedModelContract.FILE).toString();
        assertThatThrownBy(() -> open(Map.of("input", "x"))).isInstanceOf(GanException.class).hasMessage(file
                + ": input = x does not fit the SavedModel; the signature serving_default has no such input; its inputs "
                + "are [images]: name its images input");
        assertThatThrownBy(() -> open(Map.of("output", "pool"))).hasMessage(file + ": output = pool does not fit the "
                + "SavedModel; the signature serving_default has no such output; its outputs are [features, logits, pixels]");
        assertThatThrownBy(() -> open(Map.of("logits", "predictions"))).hasMessageContaining(": logits = predictions "
                + "does not fit the SavedModel; the signature serving_default has no such output");
        assertThatThrownBy(() -> open(Map.of("height", "299"))).hasMessage(file + ": height = 299 does not fit the "
                + "SavedModel; the signature declares its input images as [4, 8, 8, 3] ([batch, height, width, channels]); set height=8");
        assertThatThrownBy(() -> open(Map.of("batch", "100"))).hasMessageContaining("batch = 100 does not fit the "
                + "SavedModel; the signature declares its input images as [4, 8, 8, 3] ([batch, height, width, channels]); set batch=4");
        assertThatThrownBy(() -> open(Map.of("channels", "1"))).hasMessageContaining("set channels=3");
        assertThatThrownBy(() -> open(Map.of("output", "pixels"))).hasMessageContaining(": output = pixels does not "
                + "fit the SavedModel; it is declared [4, 8, 8, 3], but it must be one vector per image, [n, d]");
        assertThatThrownBy(() -> open(Map.of("signature", "features"))).hasMessageContaining("cannot load signature = "
                + "features of " + file).hasMessageContaining("no signature 'features'; it has [serving_default]");
    }

    @Test
    @DisplayName("an extractor that takes grey images refuses colour ones; one that takes colour takes grey, repeated")
    void channels() {
        TinyFeatureModel.contract(model, Map.of("channels", "1"));
        SavedModelContract grey = SavedModelContract.read(model);
        assertThatThrownBy(() -> grey.requireTakes(Shape.of(32, 32, 3), GanException::new)).hasMessage("the feature "
                + "extractor in " + model + " takes images of 1 channel (channels in gan4j-features.properties), the "
                + "images to score have 3; gan4j repeats grey into 3 channels, but does not make colour grey");
        TinyFeatureModel.contract(model, Map.of());
        SavedModelContract.read(model).requireTakes(Shape.of(28, 28, 1), GanException::new);
    }
}
