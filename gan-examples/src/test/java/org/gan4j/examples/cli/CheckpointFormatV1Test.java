package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints in format version 1, made by the code before the run description existed (see the fixtures' README),
 * resume with today's code and continue as the uninterrupted run did. The losses are compared to 1e-5 (relative):
 * on the machine that made the fixtures they agree bit for bit; another CPU may round differently.
 */
class CheckpointFormatV1Test {
    private static Path fixture(String name, Path into) throws IOException, URISyntaxException {
        return RunFolders.copy(Path.of(CheckpointFormatV1Test.class.getResource("checkpoint-v1/" + name).toURI()),
                into.resolve(name));
    }

    private static String gan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GanCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    /**
     * Asserts the rows of {@code actual} equal those of {@code expected} with the same step, column by column. Columns
     * added after the fixtures were made (the Inception Score of image-metrics.csv) come after the fixture's, which
     * keep their places.
     */
    private static void sameRows(Path actual, Path expected, int wallTimeColumn) throws IOException {
        List<String> got = Files.readAllLines(actual);
        List<String> want = Files.readAllLines(expected);
        assertThat(got.get(0) + ",").startsWith(want.get(0) + ",");
        for (String row : got.subList(1, got.size())) {
            String step = row.substring(0, row.indexOf(','));
            String[] a = row.split(",");
            String[] b = want.stream().filter(r -> r.startsWith(step + ",")).findFirst().orElseThrow().split(",");
            assertThat(a.length).isEqualTo(got.get(0).split(",").length);
            for (int i = 1; i < b.length; i++) {
                if (i != wallTimeColumn) {
                    double x = Double.parseDouble(b[i]);
                    assertThat(Double.parseDouble(a[i])).as("step " + step + " column " + i).isCloseTo(x, within(1e-5 * Math.max(1, Math.abs(x))));
                }
            }
        }
    }

    @Test
    @DisplayName("ring8 with hinge, spectral norm, cg-prp and --g-ema, saved at step 20, resumes to 40 as the straight run went")
    void ring8(@TempDir Path dir) throws Exception {
        Path run = fixture("ring8", dir);
        String out = gan("train", "--resume", run.toString(), "--steps", "40");
        assertThat(out).contains("resuming from " + run.resolve("checkpoints/step-000000020") + " at step 20");
        assertThat(Files.readAllLines(run.resolve("metrics.csv"))).hasSize(1 + 20);
        sameRows(run.resolve("metrics.csv"), run.resolve("straight-metrics.csv"), 1);
        String manifest = Files.readString(run.resolve("checkpoints/step-000000040/manifest.properties"));
        assertThat(manifest).contains("format.version=1", "run.loss=hinge", "run.regularizers=spectral-norm", "run.g_ema=0.9",
                "run.d_optimizer=cg-prp\\:lr\\=0.02", "run.updates=alternating");
    }

    @Test
    @DisplayName("a Fashion-MNIST run saved at step 3 resumes to 6 with the straight run's losses and, asked to, its step-6 scores")
    void images(@TempDir Path dir) throws Exception {
        Path run = fixture("images", dir);
        gan("train", "--resume", run.toString(), "--eval-every", "3", "--eval-samples", "20");
        sameRows(run.resolve("metrics.csv"), run.resolve("straight-metrics.csv"), 1);
        sameRows(run.resolve("image-metrics.csv"), run.resolve("straight-image-metrics.csv"), -1);
        assertThat(Files.readAllLines(run.resolve("image-metrics.csv"))).hasSize(2);
    }

    @Test
    @DisplayName("an image run made with --eval-every keeps evaluating when resumed without it")
    void resumedImageRunKeepsEvaluating(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("run");
        gan("train", "--dataset", "fashion-mnist", "--generator", "mlp:latent=8,width=16,depth=1", "--discriminator",
                "mlp:width=16,depth=1,pack=1", "--batch-size", "8", "--steps", "4", "--checkpoint-every", "2",
                "--eval-every", "2", "--eval-samples", "20", "--out", run.toString());
        String out = gan("train", "--resume", run.toString(), "--steps", "6");
        assertThat(out).contains("step 6: FID");
        assertThat(Files.readAllLines(run.resolve("image-metrics.csv")).stream().map(l -> l.split(",")[0]))
                .containsExactly("step", "2", "4", "6");
    }
}
