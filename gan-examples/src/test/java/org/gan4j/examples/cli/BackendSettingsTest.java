package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --backend tensorflow:key=value} reaches the backend. The run is a fresh JVM: TensorFlow sizes its intra-op
 * thread pool once per process, from the first session.
 */
class BackendSettingsTest {
    @Test
    @DisplayName("--backend tensorflow:intra-op-threads=2,inter-op-threads=1 trains, and the run names its settings")
    void settingsReachTheBackend(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        String output = ChildJvm.run(dir, "train", "--backend", "tensorflow:intra-op-threads=2,inter-op-threads=1",
                "--steps", "20", "--batch-size", "32", "--out", out.toString());
        assertThat(output).containsPattern("training 20 steps on TensorFlow \\S+ via TensorFlow Java 1\\.0\\.0, graph mode, "
                + "intra-op-threads=2, inter-op-threads=1\\n");
        assertThat(Files.readString(out.resolve("summary.json")))
                .contains("graph mode, intra-op-threads=2, inter-op-threads=1");
    }
}
