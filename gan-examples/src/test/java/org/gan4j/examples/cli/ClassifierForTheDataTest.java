package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image scores are only as meaningful as the classifier's features are for the data: an IDX set of 28 × 28 grey
 * images that is not Fashion-MNIST (MNIST, say) used to be scored silently with the shipped Fashion-MNIST classifier.
 * Now a classifier records the fingerprint of its training images, and scoring other data is refused, before anything
 * is written, with the remedy; a classifier trained on the run's data by {@code gan classifier} scores it.
 */
class ClassifierForTheDataTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a 28 × 28 IDX set other than Fashion-MNIST: --eval-every with the shipped classifier exits 2 before --out exists; with --classifier trained on it, the run is scored, and so is gan eval")
    void otherDataOfTheSameShape() throws IOException {
        Path data = ImageFiles.write(Files.createDirectories(dir.resolve("mnist-like")), 28);
        Path out = dir.resolve("run");
        GanCommandTest.Outcome refused = GanCommandTest.run("train", "--data", data.toString(), "--generator", "mlp",
                "--discriminator", "mlp", "--batch-size", "8", "--steps", "2", "--eval-every", "2", "--eval-samples",
                "10", "--out", out.toString());
        assertThat(refused.code()).as(refused.err() + refused.out()).isEqualTo(2);
        assertThat(refused.err()).contains("gan train: --eval-every = 2 is invalid; the frozen classifier was trained on "
                + "other images (/usr/share/datasets/fashion-mnist) than the ones to score (" + data.resolve(
                        "train-images-idx3-ubyte") + "): their fingerprints differ, 019654de1df3… and ")
                .contains("; train a classifier on the run's data (gan classifier --data DIR --out DIR) and give its "
                        + "folder to --classifier, or leave --eval-every out").hasLineCount(1);
        assertThat(out).doesNotExist();

        Path classifier = dir.resolve("classifier");
        GanCommandTest.Outcome made = GanCommandTest.run("classifier", "--data", data.toString(), "--epochs", "1",
                "--batch-size", "8", "--out", classifier.toString());
        assertThat(made.code()).as(made.err() + made.out()).isZero();
        Matcher saved = Pattern.compile("saved (\\S+)").matcher(made.out());
        assertThat(saved.find()).as(made.out()).isTrue();

        GanCommandTest.Outcome scored = GanCommandTest.run("train", "--data", data.toString(), "--generator", "mlp",
                "--discriminator", "mlp", "--batch-size", "8", "--steps", "2", "--eval-every", "2", "--eval-samples",
                "10", "--classifier", saved.group(1), "--out", out.toString());
        assertThat(scored.code()).as(scored.err() + scored.out()).isZero();
        assertThat(Files.readString(out.resolve("image-metrics.csv"))).startsWith("step,").contains("\n2,");
        Map<String, String> before = RunFolders.fingerprint(out);

        Path other = ImageFiles.write(Files.createDirectories(dir.resolve("one-pixel-changed")), 28);
        byte[] images = Files.readAllBytes(other.resolve("train-images-idx3-ubyte"));
        images[16] ^= 1; // the first pixel of the first image: other training images
        Files.write(other.resolve("train-images-idx3-ubyte"), images);
        Path otherClassifier = dir.resolve("other-classifier");
        assertThat(GanCommandTest.run("classifier", "--data", other.toString(), "--epochs", "1", "--batch-size", "8",
                "--out", otherClassifier.toString()).code()).isZero();
        GanCommandTest.Outcome wrong = GanCommandTest.run("eval", "--run", out.toString(), "--samples", "10",
                "--classifier", otherClassifier.resolve(CheckpointStore.nameOf(5)).toString());
        assertThat(wrong.code()).as(wrong.err() + wrong.out()).isEqualTo(2);
        assertThat(wrong.err()).contains("gan eval: --classifier = " + otherClassifier.resolve(CheckpointStore.nameOf(5))
                + " is invalid; the frozen classifier was trained on other images (" + other + ")");
        assertThat(RunFolders.fingerprint(out)).isEqualTo(before);

        GanCommandTest.Outcome eval = GanCommandTest.run("eval", "--run", out.toString(), "--samples", "10");
        assertThat(eval.code()).as("the run's own classifier, without --classifier: " + eval.err() + eval.out()).isZero();
    }
}
