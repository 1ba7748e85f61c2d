package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.core.eval.FrechetDistance;
import org.gan4j.core.eval.KernelDistance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code gan eval --images … --features DIR}: scores on the features of a SavedModel the test exports
 * ({@link FeatureModels}), compared with FID and KID computed from features worked out by hand.
 */
class EvalFeaturesTest {
    /** Dark and bright images in turn, each a little different. */
    static final IntUnaryOperator TRAIN = i -> (i % 2 == 0 ? 20 : 220) + 7 * i % 9;
    static final IntUnaryOperator TEST = i -> (i % 2 == 0 ? 22 : 222) + 5 * i % 9;
    /** Every training image 10 grey levels brighter. */
    static final IntUnaryOperator GENERATED = i -> TRAIN.applyAsInt(i) + 10;

    @TempDir
    static Path dir;
    private static Path model;
    private static Path data;
    private static Path generated;

    @BeforeAll
    static void files() throws IOException {
        model = FeatureModels.export(dir.resolve("features"));
        data = FeatureModels.data(Files.createDirectories(dir.resolve("data")), TRAIN, TEST);
        generated = FeatureModels.images(dir.resolve("generated-images-idx3-ubyte"), GENERATED);
    }

    private static double number(Matcher m, int group) {
        return Double.parseDouble(m.group(group));
    }

    @Test
    @DisplayName("FID, KID and their floors are those of the hand-worked features (p, p²/255); bright and dark images in turn score Inception Score 2 and class shares of 50%")
    void scoresMatchHandWorkedFeatures() {
        FeatureModels.contract(model, Map.of());
        GanCommandTest.Outcome o = GanCommandTest.run("eval", "--images", generated.toString(), "--data",
                data.toString(), "--features", model.toString(), "--samples", "40");
        assertThat(o.code()).as(o.err() + o.out()).isZero();
        assertThat(o.out()).contains("40 of the 40 images in " + generated + ", 40 samples, features of the SavedModel "
                + model + ", not a classifier made for this data:");
        Matcher m = Pattern.compile("FID (\\S+) \\(floor train vs test (\\S+)\\)   KID (\\S+) \\(floor (\\S+)\\)")
                .matcher(o.out());
        assertThat(m.find()).as(o.out()).isTrue();
        var train = FeatureModels.byHand(TRAIN, 40);
        double fid = FrechetDistance.between(train, FeatureModels.byHand(GENERATED, 40));
        double fidFloor = FrechetDistance.between(train, FeatureModels.byHand(TEST, 40));
        double kid = KernelDistance.between(train, FeatureModels.byHand(GENERATED, 40));
        double kidFloor = KernelDistance.between(train, FeatureModels.byHand(TEST, 40));
        assertThat(number(m, 1)).as("FID").isCloseTo(fid, within(1e-4 * fid + 1e-3));
        assertThat(number(m, 2)).as("FID floor").isCloseTo(fidFloor, within(1e-4 * fidFloor + 1e-3));
        // in grey levels the cubic kernel (aᵀb/2 + 1)³ is ~1e13 and KID is a difference of such sums: the check is
        // that it is computed from the same features, to float precision
        assertThat(number(m, 3)).as("KID").isCloseTo(kid, within(1e-3 * Math.abs(kid)));
        assertThat(number(m, 4)).as("KID floor").isCloseTo(kidFloor, within(1e-3 * Math.abs(kid)));
        assertThat(o.out()).contains("Inception Score 2.000 ± 0.000 (10 splits)   test images 2.000 ± 0.000")
                .contains("class shares: 0:50.0% 1:50.0%");
    }

    @ParameterizedTest(name = "{0}={1}")
    @DisplayName("a contract that does not fit the SavedModel exits 2, naming --features, the key and what to write")
    @CsvSource(delimiter = '|', value = {
        "input|x|input = x does not fit the SavedModel; the signature serving_default has no such input; its inputs are [images]: name its images input",
        "output|pool|output = pool does not fit the SavedModel; the signature serving_default has no such output; its outputs are [features, logits]",
        "height|299|height = 299 does not fit the SavedModel; the signature declares its input images as [7, 8, 8, 3] ([batch, height, width, channels]); set height=8",
        "batch|100|batch = 100 does not fit the SavedModel; the signature declares its input images as [7, 8, 8, 3] ([batch, height, width, channels]); set batch=7",
        "range|0..100|range = 0..100 is invalid; it must be one of [-1..1, 0..1, 0..255]: the values the network takes",
        "signature|pool3|cannot load signature = pool3 of ",
    })
    void contractsThatDoNotFit(String key, String value, String message) {
        FeatureModels.contract(model, Map.of(key, value));
        GanCommandTest.Outcome o = GanCommandTest.run("eval", "--images", generated.toString(), "--data",
                data.toString(), "--features", model.toString(), "--samples", "40");
        FeatureModels.contract(model, Map.of());
        assertThat(o.code()).as(o.err() + o.out()).isEqualTo(2);
        assertThat(o.err()).startsWith("gan eval: --features = " + model + " is invalid; ").contains(message)
                .hasLineCount(1);
    }

    @Test
    @DisplayName("a folder without gan4j-features.properties, or --features with --classifier, exits 2 with the remedy")
    void missingContractAndBothKinds() throws IOException {
        Path bare = Files.createDirectories(dir.resolve("bare"));
        Files.copy(model.resolve("saved_model.pb"), bare.resolve("saved_model.pb"));
        GanCommandTest.Outcome missing = GanCommandTest.run("eval", "--images", generated.toString(), "--data",
                data.toString(), "--features", bare.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("gan eval: --features = " + bare + " is invalid; " + bare + " holds no "
                + "gan4j-features.properties; write one beside saved_model.pb with the keys signature, input, output, "
                + "logits, height, width, channels, range, batch (docs/images.md explains them)");
        GanCommandTest.Outcome both = GanCommandTest.run("eval", "--images", generated.toString(), "--data",
                data.toString(), "--features", model.toString(), "--classifier", dir.toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--features = " + model + " is invalid; images are scored with one kind of "
                + "features; give --features or --classifier, not both");
    }
}
