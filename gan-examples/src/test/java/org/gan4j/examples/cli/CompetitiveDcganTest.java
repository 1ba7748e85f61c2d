package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's {@code --optimizer acgd --generator dcgan:batch-norm=composed} (and {@code cgd}) trains on images.
 * It stopped at its first step with "Retval[0] does not have value" where TensorFlow runs oneDNN kernels (on by
 * default on CPUs with AVX-512 VNNI or AMX; forced here so that every machine checks it), whose layout pass
 * merged a bias gradient with a filter gradient of another Hessian-vector product (docs/tensorflow-backend.md#grappler).
 * Before the fix, acgd failed in 3 runs of 3 and cgd:max_iterations=2 in 2 of 3. A fresh JVM, since TensorFlow reads the switch from the
 * environment once per process; 8 × 8 images and batches of 8 keep it to about 40 and 20 seconds on 2 cores.
 */
class CompetitiveDcganTest {
    @ParameterizedTest(name = "--optimizer {0}")
    @DisplayName("gan train with a competitive optimizer on the DCGAN runs 2 steps under oneDNN and exits 0")
    @ValueSource(strings = {"acgd", "cgd:max_iterations=2"})
    void trains(String optimizer, @TempDir Path dir) throws Exception {
        Path data = ImageFiles.write(Files.createDirectories(dir.resolve("data")));
        String output = ChildJvm.run(dir, Map.of("TF_ENABLE_ONEDNN_OPTS", "1", "TF_CPP_MIN_LOG_LEVEL", "2"), "train",
                "--dataset", "fashion-mnist", "--data", data.toString(), "--batch-size", "8", "--optimizer", optimizer,
                "--generator", "dcgan:batch-norm=composed", "--steps", "2", "--out", dir.resolve("run").toString());
        assertThat(output).contains("step 2/2 (100%)");
        List<String> metrics = Files.readAllLines(dir.resolve("run/metrics.csv"));
        assertThat(metrics).hasSize(3);
        assertThat(metrics.get(0)).contains("cg_iterations");
        for (String row : metrics.subList(1, metrics.size())) {
            assertThat(row).doesNotContain("NaN").doesNotContain("Infinity");
        }
    }
}
