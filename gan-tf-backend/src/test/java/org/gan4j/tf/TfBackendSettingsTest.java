package org.gan4j.tf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    @DisplayName("device=gpu without a GPU is refused with a GanException naming TensorFlow's devices and device=cpu")
    void gpuWithoutGpu() {
        assumeFalse(System.getProperty("java.class.path").contains("-gpu"), "TensorFlow's GPU natives are present");
        assertThatThrownBy(() -> new TfBackendProvider().create(Hyperparameters.parse("device=gpu")))
                .isInstanceOf(GanException.class).isNotInstanceOf(InvalidHyperparameterException.class)
                .hasMessageStartingWith("tensorflow: device = gpu, but TensorFlow has no GPU (its devices: "
                        + "/job:localhost/replica:0/task:0/device:CPU:0)")
                .hasMessageEndingWith("Use device=cpu.");
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
