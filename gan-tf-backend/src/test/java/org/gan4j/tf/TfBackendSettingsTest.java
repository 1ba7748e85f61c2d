package org.gan4j.tf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Settings reach the backend: its sessions, its description, and the checks made when it is created. */
class TfBackendSettingsTest {
    @Test
    @DisplayName("a backend with settings computes, and its description names the settings that differ from the defaults")
    void computesWithSettings() {
        Backend backend = new TfBackendProvider().create(Hyperparameters.parse("inter-op-threads=1,device=cpu"));
        assertThat(backend.description()).startsWith("TensorFlow ").endsWith("graph mode, inter-op-threads=1");
        try (Computation c = backend.newComputation(1)) {
            Ops ops = c.ops();
            var a = ops.constant(HostTensor.of(Shape.of(2, 2), new float[] {1, 2, 3, 4}));
            var b = ops.constant(HostTensor.of(Shape.of(2, 1), new float[] {5, 6}));
            var step = c.compile(new StepDefinition("product", List.of(), Map.of("ab", ops.matmul(a, b))));
            // [1 2; 3 4]·[5; 6] = [1·5 + 2·6; 3·5 + 4·6]
            assertThat(c.run(step, Map.of(), 0).get("ab").toFloatArray()).containsExactly(17f, 39f);
        }
        assertThat(new TfBackendProvider().create(Hyperparameters.empty()).description())
                .isEqualTo("TensorFlow " + org.tensorflow.TensorFlow.version() + " via TensorFlow Java 1.0.0, graph mode");
    }

    @Test
    @DisplayName("device=gpu on the CPU build is refused naming TensorFlow's devices, the build with GPU natives, the CUDA they need and device=cpu")
    void gpuWithoutGpu() {
        assumeFalse(GpuNatives.present(getClass().getClassLoader()), "TensorFlow's GPU natives are present");
        assertThatThrownBy(() -> new TfBackendProvider().create(Hyperparameters.parse("device=gpu")))
                .isInstanceOf(GanException.class).isNotInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("tensorflow: device = gpu, but TensorFlow has no GPU (its devices: "
                        + "/job:localhost/replica:0/task:0/device:CPU:0): this build of gan4j carries TensorFlow's CPU "
                        + "natives. Build it with the GPU natives, mvn -Pgpu package (they need Linux x86-64, an NVIDIA "
                        + "GPU and CUDA 12.3 and cuDNN 8.9; see docs/tensorflow-backend.md#gpu); or use device=cpu.");
    }

    @Test
    @DisplayName("with the GPU natives but no GPU, the message names the gpu-index, what the natives need, and device=cpu")
    void gpuNativesWithoutGpu() {
        assertThat(GpuCheck.noGpu("/job:localhost/replica:0/task:0/device:CPU:0", "1", true)).isEqualTo(
                "tensorflow: device = gpu, but TensorFlow has no GPU (its devices: "
                + "/job:localhost/replica:0/task:0/device:CPU:0), though TensorFlow's GPU natives are on the class path: "
                + "they found no GPU with gpu-index = 1 (nvidia-smi lists the machine's GPUs by index). They need an "
                + "NVIDIA GPU with its driver, and CUDA 12.3 and cuDNN 8.9 where the dynamic linker finds them "
                + "(LD_LIBRARY_PATH); TF_CPP_MIN_LOG_LEVEL=0 shows which library TensorFlow could not load; or use "
                + "device=cpu.");
    }

    @Test
    @DisplayName("the GPU natives are recognised by their folder, which the CPU natives do not have")
    void gpuNatives(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("org/tensorflow/internal/c_api/linux-x86_64-gpu"));
        try (URLClassLoader withGpuNatives = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(GpuNatives.present(withGpuNatives)).isTrue();
        }
        Files.createDirectories(dir.resolve("cpu/org/tensorflow/internal/c_api/linux-x86_64"));
        try (URLClassLoader withCpuNatives = new URLClassLoader(new URL[] {dir.resolve("cpu").toUri().toURL()}, null)) {
            assertThat(GpuNatives.present(withCpuNatives)).isFalse();
        }
    }

    @Test
    @DisplayName("the first GPU backend fixes gpu-index and memory-growth for the JVM; a later one must agree, and a failed set-up fixes nothing")
    void gpuProcess() {
        GpuProcess gpus = new GpuProcess();
        TfSettings first = TfSettings.from(Hyperparameters.parse("device=gpu,gpu-index=1"));
        assertThatThrownBy(() -> gpus.claim(first, () -> {
            throw new GanException("no GPU");
        })).hasMessage("no GPU");
        gpus.claim(TfSettings.from(Hyperparameters.parse("device=gpu,memory-growth=true")), () -> { });
        int[] setUps = {0};
        gpus.claim(TfSettings.from(Hyperparameters.parse("device=gpu,memory-growth=true,intra-op-threads=1")),
                () -> setUps[0]++);
        assertThat(setUps[0]).isEqualTo(1);
        assertThatThrownBy(() -> gpus.claim(first, () -> setUps[0]++)).isInstanceOf(GanException.class).hasMessage(
                "tensorflow: gpu-index = 1, memory-growth = false cannot take effect: TensorFlow sets up a process's "
                + "GPUs once, and an earlier backend of this JVM set them up with gpu-index = 0, memory-growth = true; "
                + "give every tensorflow backend of one JVM the same gpu-index and memory-growth, or run this one in "
                + "another JVM.");
        assertThat(setUps[0]).as("refused before TensorFlow is asked").isEqualTo(1);
    }

    @Test
    @DisplayName("the first backend fixes intra-op-threads for the JVM; a later one may agree or leave it to TensorFlow (0)")
    void intraOpPool() {
        IntraOpPool pool = new IntraOpPool();
        pool.claim(2);
        pool.claim(0);
        pool.claim(2);
        assertThatThrownBy(() -> pool.claim(3)).isInstanceOf(GanException.class).hasMessage(
                "tensorflow: intra-op-threads = 3 cannot take effect: TensorFlow keeps one intra-op thread pool per "
                + "process, and an earlier backend of this JVM made it with intra-op-threads = 2; give every "
                + "tensorflow backend of one JVM the same intra-op-threads, or run this one in another JVM.");
        IntraOpPool unset = new IntraOpPool();
        unset.claim(0);
        assertThatThrownBy(() -> unset.claim(4)).hasMessageContaining("made it with intra-op-threads = 0 (TensorFlow's choice)");
    }

    @ParameterizedTest(name = "TF_ENABLE_ONEDNN_OPTS={0}")
    @DisplayName("oneDNN is detected as TensorFlow's environment switch sets it, and then grappler is off")
    @CsvSource({"0, false", "1, true"})
    void oneDnnFollowsTheEnvironment(String env, boolean expected) throws IOException, InterruptedException {
        ProcessBuilder child = new ProcessBuilder(ChildJava.command(OneDnnMain.class)).redirectErrorStream(true);
        child.environment().put("TF_ENABLE_ONEDNN_OPTS", env);
        child.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
        Process p = child.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("oneDNN=" + expected + " grappler off=" + expected);
    }
}
