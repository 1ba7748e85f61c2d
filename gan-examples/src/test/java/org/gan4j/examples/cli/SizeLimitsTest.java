package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sizes beyond a stated limit or beyond memory are refused before any work, with exit code 2 and one line naming
 * the option, the value, the limit and the remedy; nothing is written and no JVM crashes (issue 17, point 10).
 */
class SizeLimitsTest {
    @TempDir
    static Path shared;
    private static Path run;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainAnImageRun() throws IOException {
        Path data = ImageFiles.write(Files.createDirectories(shared.resolve("data")));
        run = shared.resolve("run");
        GanCommandTest.Outcome o = GanCommandTest.run("train", "--dataset", "fashion-mnist", "--data", data.toString(),
                "--steps", "2", "--batch-size", "8", "--generator", "dcgan:latent=8", "--out", run.toString());
        assertThat(o.code()).as(o.err()).isZero();
    }

    private static GanCommandTest.Outcome refused(String message, String... args) {
        GanCommandTest.Outcome o = GanCommandTest.run(args);
        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).contains(message).hasLineCount(1);
        return o;
    }

    @Test
    @DisplayName("gan eval --samples 100000000 (it ran 10 minutes at 6.3 GB) is refused at once, naming what the data's splits hold")
    void evalSamplesBeyondTheData() throws IOException {
        var before = RunFolders.fingerprint(run);
        long started = System.nanoTime();
        refused("--samples = 100000000 is invalid; it must be between 10 (for the k = 5 neighbour metrics) and 40, the "
                + "images the run's data holds in its smaller split (40 train, 40 test)", "eval", "--run", run.toString(),
                "--samples", "100000000");
        assertThat((System.nanoTime() - started) / 1e9).as("seconds to refuse").isLessThan(30);
        assertThat(RunFolders.fingerprint(run)).isEqualTo(before);
    }

    @Test
    @DisplayName("gan sample --n 2147483647 (it failed with 'gan sample failed: -100', an int overflow) names the limit")
    void sampleCountBeyondTheLimit() {
        Path png = dir.resolve("grid.png");
        refused("--n = 2147483647 is invalid; it must be an integer between 1 and 65536", "sample", "--model",
                run.resolve("generator").toString(), "--n", "2147483647", "--out", png.toString());
        assertThat(png).doesNotExist();
    }

    @Test
    @DisplayName("gan sample --n beyond the Java heap names the heap it needs and has, the largest --n that fits and GAN_JAVA_OPTS")
    void sampleCountBeyondTheHeap() throws Exception {
        Path png = dir.resolve("grid.png");
        ChildJvm.Ended o = ChildJvm.runIn(dir, List.of("-Xmx48m"), "sample", "--model", run.resolve("generator").toString(),
                "--n", "65536", "--out", png.toString());
        assertThat(o.code()).as(o.output()).isEqualTo(2);
        assertThat(o.output()).containsPattern("gan sample: --n = 65536 is invalid; 65536 images of 8 × 8 \\(their noise, "
                + "values and grid\\) need about 0\\.\\d\\d GB of Java heap, more than its limit of 0\\.0\\d GB; pass --n \\d+ "
                + "or less, or allow a larger heap with GAN_JAVA_OPTS=-Xmx<size>");
        assertThat(png).doesNotExist();
    }

    @Test
    @DisplayName("gan train --batch-size 100000000 (it crashed the JVM inside TensorFlow) is refused by the stated limit")
    void batchBeyondTheLimit() {
        refused("--batch-size = 100000000 is invalid; it must be an integer between 1 and 65536", "train", "--batch-size",
                "100000000", "--out", dir.resolve("run").toString());
        assertThat(dir.resolve("run")).doesNotExist();
    }

    @Test
    @DisplayName("a batch whose step cannot fit in memory is refused from the traced graph before the first step: no crash, no hs_err file, nothing trained")
    void batchBeyondMemory() throws Exception {
        Path out = dir.resolve("run");
        // about 5 TB of weights and values at this width: more than any machine that runs these tests
        ChildJvm.Ended o = ChildJvm.runIn(dir, List.of(), "train", "--batch-size", "65536", "--generator",
                "mlp:width=1048576", "--discriminator", "mlp:width=1048576", "--out", out.toString());
        assertThat(o.code()).as(o.output()).isEqualTo(2);
        assertThat(o.output()).startsWith("gan train: --batch-size = 65536 is invalid; a training step at this batch size "
                + "needs about ").contains(" GB for the weights and the values of both networks", "outside the Java heap");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("hs_err"));
        }
        assertThat(out.resolve("metrics.csv")).doesNotExist();
        assertThat(out.resolve("checkpoints/LATEST")).doesNotExist();
    }
}
