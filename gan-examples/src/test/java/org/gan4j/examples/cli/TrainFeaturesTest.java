package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gan train --eval-every … --features DIR}: a run scored on a SavedModel's features, and what is refused. */
class TrainFeaturesTest {
    @TempDir
    Path dir;

    private GanCommandTest.Outcome train(Path data, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("train", "--data", data.toString(), "--generator", "mlp",
                "--discriminator", "mlp", "--batch-size", "8", "--steps", "2", "--eval-every", "2", "--eval-samples",
                "20", "--out", out.toString()));
        args.addAll(List.of(more));
        return GanCommandTest.run(args.toArray(String[]::new));
    }

    @Test
    @DisplayName("a short run scored with --features writes image-metrics.csv with FID, the Inception Score and class shares, and gan eval --run uses the same features")
    void shortRunWithSavedModelFeatures() throws IOException {
        Path model = FeatureModels.export(dir.resolve("features"));
        Path data = FeatureModels.data(Files.createDirectories(dir.resolve("data")), EvalFeaturesTest.TRAIN,
                EvalFeaturesTest.TEST);
        Path out = dir.resolve("run");
        GanCommandTest.Outcome o = train(data, out, "--features", model.toString());
        assertThat(o.code()).as(o.err() + o.out()).isZero();
        assertThat(o.out()).containsPattern("step 2: FID \\S+ \\(floor \\S+\\), KID \\S+, precision \\S+, recall \\S+, "
                + "smallest class \\S+%, IS \\S+ \\(features of the SavedModel " + java.util.regex.Pattern.quote(
                        model.toString()) + "\\)");
        List<String> csv = Files.readAllLines(out.resolve("image-metrics.csv"));
        assertThat(csv).hasSize(2);
        assertThat(List.of(csv.get(0).split(","))).startsWith("step", "samples", "fid", "fid_floor_train_vs_test")
                .contains("class_0_share", "class_1_share", "inception_score", "inception_score_std",
                        "test_inception_score").doesNotContain("classifier_test_accuracy");
        assertThat(csv.get(1)).startsWith("2,20.0000,");
        assertThat(Files.readString(out.resolve("checkpoints/step-000000002/manifest.properties")))
                .contains("run.features=" + model.toString().replace(":", "\\:"));

        GanCommandTest.Outcome eval = GanCommandTest.run("eval", "--run", out.toString(), "--samples", "20");
        assertThat(eval.code()).as(eval.err() + eval.out()).isZero();
        assertThat(eval.out()).contains("step 2, 20 samples, features of the SavedModel " + model + ", not a classifier "
                + "made for this data:").contains("Inception Score");
    }

    @Test
    @DisplayName("--features with --classifier, or with a contract that does not fit, exits 2 before --out exists")
    void refusedBeforeTheRunStarts() throws IOException {
        Path model = FeatureModels.export(dir.resolve("features"));
        Path data = FeatureModels.data(Files.createDirectories(dir.resolve("data")), EvalFeaturesTest.TRAIN,
                EvalFeaturesTest.TEST);
        Path out = dir.resolve("run");
        GanCommandTest.Outcome both = train(data, out, "--features", model.toString(), "--classifier", dir.toString());
        assertThat(both.code()).as(both.err() + both.out()).isEqualTo(2);
        assertThat(both.err()).contains("gan train: --classifier/--features = " + dir + " and " + model + " is invalid; "
                + "a run's images are scored with one kind of features, a classifier made for its data (--classifier) "
                + "or a SavedModel (--features); give only one");
        FeatureModels.contract(model, Map.of("output", "pool"));
        GanCommandTest.Outcome unfit = train(data, out, "--features", model.toString());
        assertThat(unfit.code()).as(unfit.err() + unfit.out()).isEqualTo(2);
        assertThat(unfit.err()).contains("gan train: --features = " + model + " is invalid; " + model.resolve(
                "gan4j-features.properties") + ": output = pool does not fit the SavedModel");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("a resumed run whose image-metrics.csv lacks the Inception Score columns (scored before they existed) gets them added, NaN in the old rows")
    void resumedRunGainsNewColumns() throws IOException {
        Path model = FeatureModels.export(dir.resolve("features"));
        Path data = FeatureModels.data(Files.createDirectories(dir.resolve("data")), EvalFeaturesTest.TRAIN,
                EvalFeaturesTest.TEST);
        Path out = dir.resolve("run");
        assertThat(train(data, out, "--features", model.toString()).code()).isZero();
        Path csv = out.resolve("image-metrics.csv");
        List<String> lines = Files.readAllLines(csv);
        int kept = List.of(lines.get(0).split(",")).indexOf("inception_score");
        List<String> old = lines.stream().map(l -> String.join(",", List.of(l.split(",")).subList(0, kept))).toList();
        Files.write(csv, old);

        GanCommandTest.Outcome resumed = GanCommandTest.run("train", "--resume", out.toString(), "--steps", "4");
        assertThat(resumed.code()).as(resumed.err() + resumed.out()).isZero();
        List<String> now = Files.readAllLines(csv);
        assertThat(now.get(0)).isEqualTo(lines.get(0));
        assertThat(now.get(1)).isEqualTo(old.get(1) + ",NaN,NaN,NaN,NaN");
        assertThat(now.get(2)).startsWith("4,").doesNotContain("NaN");
    }
}
