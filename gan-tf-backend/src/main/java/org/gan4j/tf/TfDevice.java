package org.gan4j.tf;

import java.util.Arrays;
import java.util.List;
import org.gan4j.api.param.InvalidHyperparameterException;

/** Where the {@code tensorflow} backend runs its computations: the values of its {@code device} setting. */
enum TfDevice {
    /** The CPU; GPUs are hidden from the session even when TensorFlow's GPU natives are present. */
    CPU("cpu"),
    /**
     * The GPU the {@code gpu-index} setting names; it needs TensorFlow's GPU natives and CUDA, and is checked for when
     * the backend is made ({@link GpuCheck}).
     */
    GPU("gpu");

    private final String id;

    TfDevice(String id) {
        this.id = id;
    }

    /** @return the value users write, such as {@code cpu} */
    String id() {
        return id;
    }

    /**
     * @param owner the provider, for the message
     * @param key the setting's name, for the message
     * @param text the value as written
     * @return the device named {@code text}
     * @throws InvalidHyperparameterException naming the key, the value and the devices there are
     */
    static TfDevice parse(String owner, String key, String text) {
        for (TfDevice device : values()) {
            if (device.id.equals(text)) {
                return device;
            }
        }
        List<String> known = Arrays.stream(values()).map(TfDevice::id).toList();
        throw new InvalidHyperparameterException(owner + ": " + key + " = '" + text + "' is unknown; use one of "
                + known + ".");
    }
}
