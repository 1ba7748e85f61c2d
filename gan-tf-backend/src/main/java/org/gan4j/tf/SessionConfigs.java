package org.gan4j.tf;

import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GPUOptions;
import org.tensorflow.proto.ThreadPoolOptionProto;

/**
 * Turns {@link TfSettings} into the {@code ConfigProto} every {@code Session} of a backend is opened with.
 *
 * <p>A setting left at its default leaves its field unset, so TensorFlow's own choice applies:
 * <ul>
 *   <li>{@code intra-op-threads} → {@code intra_op_parallelism_threads};</li>
 *   <li>{@code inter-op-threads} = n → one session inter-op pool of n threads named {@value #INTER_OP_POOL}n,
 *       which every session asking for n shares (the plain {@code inter_op_parallelism_threads} would only
 *       apply to the process's first session, whose pool every later one reuses);</li>
 *   <li>{@code device=cpu} → {@code device_count {"GPU": 0}}; {@code device=gpu} →
 *       {@code gpu_options.allow_growth} = {@code memory-growth}.</li>
 * </ul>
 */
final class SessionConfigs {
    /** The prefix of the names of shared inter-op thread pools. */
    static final String INTER_OP_POOL = "gan4j-inter-op-";

    private SessionConfigs() {
    }

    /**
     * @param settings the backend's settings
     * @return the session configuration
     */
    static ConfigProto of(TfSettings settings) {
        ConfigProto.Builder config = ConfigProto.newBuilder();
        if (settings.intraOpThreads() > 0) {
            config.setIntraOpParallelismThreads(settings.intraOpThreads());
        }
        if (settings.interOpThreads() > 0) {
            config.addSessionInterOpThreadPool(ThreadPoolOptionProto.newBuilder()
                    .setNumThreads(settings.interOpThreads())
                    .setGlobalName(INTER_OP_POOL + settings.interOpThreads()));
        }
        switch (settings.device()) {
            case CPU -> config.putDeviceCount("GPU", 0);
            case GPU -> config.setGpuOptions(GPUOptions.newBuilder().setAllowGrowth(settings.memoryGrowth()));
        }
        return config.build();
    }
}
