package org.gan4j.tf;

import java.util.List;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.ExportedFunction;
import org.tensorflow.TensorFlow;
import org.tensorflow.proto.ConfigProto;

/**
 * The TensorFlow Java backend: each computation is one {@code Graph} and one {@code Session}, every session opened
 * with the configuration {@link SessionConfigs} makes from the backend's {@link TfSettings}.
 */
public final class TfBackend implements Backend {
    private final TfSettings settings;
    private final ConfigProto config;

    /** Creates the backend with the default settings: TensorFlow's thread choices, on the CPU. */
    public TfBackend() {
        this(TfSettings.DEFAULTS);
    }

    /**
     * Creates the backend, registering the second-order gradients TensorFlow lacks (once per process).
     *
     * @param settings its settings
     * @throws org.gan4j.api.GanException if {@code intra-op-threads} differs from an earlier backend's in this JVM
     *     ({@link IntraOpPool}), if {@code device=gpu} and TensorFlow has no GPU ({@link GpuCheck}), or if
     *     {@code gpu-index} or {@code memory-growth} differ from an earlier GPU backend's in this JVM ({@link GpuProcess})
     */
    TfBackend(TfSettings settings) {
        SecondOrderGradients.registerOnce();
        IntraOpPool.PROCESS.claim(settings.intraOpThreads());
        this.settings = settings;
        this.config = SessionConfigs.of(settings, OneDnn.rewritesOps(SessionConfigs.of(settings, false)));
        if (settings.device() == TfDevice.GPU) {
            GpuProcess.PROCESS.claim(settings, () -> GpuCheck.requireGpu(config));
        }
    }

    /** @return the configuration every session of this backend is opened with */
    ConfigProto sessionConfig() {
        return config;
    }

    /** @return what runs underneath, with the settings that differ from the defaults */
    @Override
    public String description() {
        List<String> changed = settings.nonDefault();
        return "TensorFlow " + TensorFlow.version() + " via TensorFlow Java 1.0.0, graph mode"
                + (changed.isEmpty() ? "" : ", " + String.join(", ", changed));
    }

    @Override
    public Computation newComputation(long seed) {
        return new TfComputation(seed, config);
    }

    @Override
    public ExportedFunction load(java.nio.file.Path directory, String signature) {
        return TfExportedFunction.load(directory, signature, config);
    }
}
