package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Image scores use the frozen Fashion-MNIST classifier, which takes 28 × 28 × 1 images. Images of another size used
 * to train up to the first score and then die with TensorFlow's "shape [250, 28, 28, 1] holds 196000 elements but
 * 256000 values were given"; {@code gan eval} failed the same way. Both are now refused before anything is written,
 * with exit code 2 and a message naming the option, both shapes and the remedy.
 */
class ImageShapeRefusalTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} × {0} images")
    @DisplayName("gan train --eval-every on images the classifier does not take exits 2 before --out is created")
    @ValueSource(ints = {14, 32})
    void trainRefused(int size) throws IOException {
        Path data = ImageFiles.write(Files.createDirectories(dir.resolve("data")), size);
        Path out = dir.resolve("run");
        GanCommandTest.Outcome o = GanCommandTest.run("train", "--dataset", "fashion-mnist", "--data", data.toString(),
                "--generator", "mlp", "--discriminator", "mlp", "--batch-size", "8", "--steps", "4", "--eval-every", "2",
                "--out", out.toString());
        assertThat(o.code()).as(o.err() + o.out()).isEqualTo(2);
        assertThat(o.err()).contains("gan train: --eval-every = 2 is invalid; the frozen classifier takes images of "
                + "shape [28, 28, 1] (height, width, channels); the images to score are [" + size + ", " + size
                + ", 1]; train a classifier on the run's data (gan classifier --data DIR --out DIR) and give its folder "
                + "to --classifier, or leave --eval-every out");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("a 14 × 14 run: resuming it with --eval-every and gan eval with the shipped classifier exit 2 and change no file; gan eval with a classifier trained on its images scores it")
    void resumeAndEvalRefused() throws IOException {
        Path data = ImageFiles.write(Files.createDirectories(dir.resolve("data")), 14);
        Path run = dir.resolve("run");
        GanCommandTest.Outcome trained = GanCommandTest.run("train", "--dataset", "fashion-mnist", "--data",
                data.toString(), "--generator", "mlp", "--discriminator", "mlp", "--batch-size", "8", "--steps", "2",
                "--out", run.toString());
        assertThat(trained.code()).as(trained.err()).isZero();
        Map<String, String> before = RunFolders.fingerprint(run);

        GanCommandTest.Outcome resumed = GanCommandTest.run("train", "--resume", run.toString(), "--steps", "4",
                "--eval-every", "2");
        assertThat(resumed.code()).as(resumed.err() + resumed.out()).isEqualTo(2);
        assertThat(resumed.err()).contains("--eval-every = 2 is invalid; the frozen classifier takes images of shape "
                + "[28, 28, 1] (height, width, channels); the images to score are [14, 14, 1]");

        GanCommandTest.Outcome eval = GanCommandTest.run("eval", "--run", run.toString(), "--samples", "10");
        assertThat(eval.code()).as(eval.err() + eval.out()).isEqualTo(2);
        assertThat(eval.err()).contains("gan eval: --run = " + run + " is invalid; the frozen classifier takes images "
                + "of shape [28, 28, 1] (height, width, channels); the images to score are [14, 14, 1]; train one on the "
                + "run's images (gan classifier --data DIR --out DIR) and give --classifier the checkpoint it saves");
        assertThat(RunFolders.fingerprint(run)).isEqualTo(before);

        Path classifier = dir.resolve("classifier");
        GanCommandTest.Outcome made = GanCommandTest.run("classifier", "--data", data.toString(), "--epochs", "1",
                "--batch-size", "8", "--out", classifier.toString());
        assertThat(made.code()).as(made.err() + made.out()).isZero();
        Matcher saved = Pattern.compile("saved (\\S+)").matcher(made.out());
        assertThat(saved.find()).as(made.out()).isTrue();
        GanCommandTest.Outcome scored = GanCommandTest.run("eval", "--run", run.toString(), "--samples", "10",
                "--classifier", saved.group(1));
        assertThat(scored.code()).as(scored.err() + scored.out()).isZero();
        assertThat(run.resolve("eval-000002.json")).exists();
    }
}
