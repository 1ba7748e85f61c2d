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

    @Test
    @DisplayName("--backend tensorflow:device=gpu on the CPU build exits 2 before training, with one line naming the GPU build and the CUDA it needs")
    void gpuOnTheCpuBuild(@TempDir Path dir) {
        GanCommandTest.Outcome o = GanCommandTest.run("train", "--backend", "tensorflow:device=gpu", "--steps", "5",
                "--out", dir.resolve("run").toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).hasLineCount(1).startsWith("gan train: --backend = tensorflow:device=gpu is invalid; "
                + "tensorflow: device = gpu, but TensorFlow has no GPU").contains("carries TensorFlow's CPU natives",
                "mvn -Pgpu package", "CUDA 12.3 and cuDNN 8.9", "or use device=cpu.");
        assertThat(dir.resolve("run")).doesNotExist();
    }
}
