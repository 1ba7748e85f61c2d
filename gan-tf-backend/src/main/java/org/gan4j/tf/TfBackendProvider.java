package org.gan4j.tf;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.BackendProvider;

/**
 * Provides the TensorFlow Java backend under the id {@value #ID}. Its settings ({@code intra-op-threads},
 * {@code inter-op-threads}, {@code device}, {@code memory-growth}, {@code gpu-index}) are described by
 * {@link TfSettings}.
 */
public final class TfBackendProvider implements BackendProvider {
    /** The id users choose this backend by. */
    public static final String ID = "tensorflow";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public TfBackendProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "TensorFlow Java 1.0.0, graph mode ("
                + (GpuNatives.present(TfBackendProvider.class.getClassLoader()) ? "CPU and GPU natives" : "CPU natives")
                + ")";
    }

    @Override
    public int priority() {
        return 100;
    }

    /**
     * @param hyperparameters the settings {@link TfSettings} describes; none for TensorFlow's own choices on the CPU
     * @throws org.gan4j.api.param.InvalidHyperparameterException naming the key, the value and what is allowed
     * @throws org.gan4j.api.GanException when the settings cannot take effect in this JVM (see {@link TfBackend})
     */
    @Override
    public Backend create(Hyperparameters hyperparameters) {
        return new TfBackend(TfSettings.from(hyperparameters));
    }
}
