package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An ordinary run prints no TensorFlow error line; a fresh JVM, since TensorFlow logs to the process's standard error. */
class NativeLogTest {
    /**
     * With oneDNN on (the default on CPUs with AVX-512 VNNI or AMX; forced here so that every machine checks it),
     * grappler's remapper used to print "E ... remapper failed: INVALID_ARGUMENT: Mutation::Apply error: fanout
     * 'gradients_0/LeakyReluGrad' exist for missing node 'BiasAdd'" on every DCGAN run
     * (docs/tensorflow-backend.md#grappler).
     */
    @ParameterizedTest(name = "TF_ENABLE_ONEDNN_OPTS={0}")
    @DisplayName("a DCGAN run with TF_CPP_MIN_LOG_LEVEL=2 prints no TensorFlow error line, with oneDNN on or off")
    @ValueSource(strings = {"1", "0"})
    void imageRunIsQuiet(String oneDnn, @TempDir Path dir) throws Exception {
        Path data = ImageFiles.write(Files.createDirectories(dir.resolve("data")));
        String output = ChildJvm.run(dir, Map.of("TF_ENABLE_ONEDNN_OPTS", oneDnn, "TF_CPP_MIN_LOG_LEVEL", "2"), "train",
                "--dataset", "fashion-mnist", "--data", data.toString(), "--steps", "2", "--batch-size", "16",
                "--updates", "alternating", "--out", dir.resolve("run").toString());
        assertThat(output).contains("step 2/2 (100%)").doesNotContain("remapper failed")
                .doesNotContainPattern("(?m)^[0-9-]+ [0-9:.]+: E ");
    }
}
