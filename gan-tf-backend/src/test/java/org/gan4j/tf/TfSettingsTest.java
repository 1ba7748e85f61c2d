package org.gan4j.tf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code tensorflow} backend's settings as a user writes them. */
class TfSettingsTest {
    @Test
    @DisplayName("no settings: TensorFlow's thread choices (0) on the CPU, and nothing reported as changed")
    void defaults() {
        TfSettings settings = TfSettings.from(Hyperparameters.empty());
        assertThat(settings).isEqualTo(new TfSettings(0, 0, TfDevice.CPU, false, 0));
        assertThat(settings.nonDefault()).isEmpty();
    }

    @Test
    @DisplayName("every key is read, and the changed ones are listed as key=value in a fixed order")
    void everyKey() {
        TfSettings settings = TfSettings.from(Hyperparameters.parse(
                "gpu-index=1,memory-growth=true,device=gpu,inter-op-threads=3,intra-op-threads=2"));
        assertThat(settings).isEqualTo(new TfSettings(2, 3, TfDevice.GPU, true, 1));
        assertThat(settings.nonDefault()).containsExactly("intra-op-threads=2", "inter-op-threads=3", "device=gpu",
                "memory-growth=true", "gpu-index=1");
        assertThat(TfSettings.from(Hyperparameters.parse("device=cpu,intra-op-threads=0,gpu-index=0")).nonDefault())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("an unknown key or a bad value fails naming the key, the value and what is allowed")
    @CsvSource(delimiter = '|', value = {
        "intra-op-threads=-1|tensorflow: intra-op-threads = -1 is invalid; it must be an integer >= 0 (0 lets TensorFlow choose).",
        "inter-op-threads=two|tensorflow: inter-op-threads = 'two' is not an integer; write it like 128.",
        "device=tpu|tensorflow: device = 'tpu' is unknown; use one of [cpu, gpu].",
        "device=gpu,memory-growth=yes|tensorflow: memory-growth = 'yes' is invalid; use true or false.",
        "memory-growth=true|tensorflow: memory-growth = true applies to device=gpu only, and device is cpu; leave it out or add device=gpu.",
        "device=gpu,gpu-index=-1|tensorflow: gpu-index = -1 is invalid; it must be an integer >= 0 (0 is the machine's first GPU).",
        "gpu-index=1|tensorflow: gpu-index = 1 applies to device=gpu only, and device is cpu; leave it out or add device=gpu.",
        "device=gpu,gpu-index=first|tensorflow: gpu-index = 'first' is not an integer; write it like 128.",
        "threads=2|tensorflow does not know the setting [threads]; it knows [device, gpu-index, inter-op-threads, intra-op-threads, memory-growth].",
        "log-level=3|tensorflow: log-level = 3 cannot be set here: TensorFlow reads its native log level once, from the environment variable TF_CPP_MIN_LOG_LEVEL"})
    void invalid(String text, String message) {
        assertThatThrownBy(() -> TfSettings.from(Hyperparameters.parse(text)))
                .isInstanceOf(InvalidHyperparameterException.class).hasMessageStartingWith(message);
    }
}
