package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The losses, regularizers and optimizers of the other issues train the convolutional networks too. (ACGD on the
 * DCGAN, with {@code batch-norm=composed}, works as well, but one step takes about a minute on 2 cores, too long for
 * this suite; the second derivatives it needs are checked op by op in the backend contract.)
 */
class DcganChoicesTest {
    @ParameterizedTest(name = "{0}")
    @DisplayName("gan train on images with another loss, regularizer or optimizer runs 2 steps with finite metrics and reports its extras")
    @CsvSource(delimiter = '|', value = {
        "--loss hinge --regularizer spectral-norm|sn_sigma_D_conv1_K",
        "--loss wgan --regularizer gp:lambda=10 --critic-steps 2|d_penalty",
        "--loss least-squares --optimizer cg-hz:lr=1e-3|d_cg_beta_mean"})
    void trains(String options, String reported, @TempDir Path dir) throws IOException {
        Path data = ImageFiles.write(Files.createDirectories(dir.resolve("data")));
        List<String> args = new ArrayList<>(List.of("train", "--dataset", "fashion-mnist", "--data", data.toString(),
                "--batch-size", "8", "--out", dir.resolve("run").toString()));
        args.addAll(List.of(options.split(" ")));
        args.addAll(List.of("--steps", "2"));
        GanCommandTest.Outcome o = GanCommandTest.run(args.toArray(String[]::new));
        assertThat(o.code()).as(o.err() + o.out()).isZero();
        List<String> metrics = Files.readAllLines(dir.resolve("run/metrics.csv"));
        assertThat(metrics).hasSize(3);
        assertThat(metrics.get(0)).contains(reported);
        for (String row : metrics.subList(1, metrics.size())) {
            assertThat(row).doesNotContain("NaN").doesNotContain("Infinity");
        }
    }
}
