package org.gan4j.tf;

import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GPUOptions;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;
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
 *       {@code gpu_options.allow_growth} = {@code memory-growth} and {@code gpu_options.visible_device_list} =
 *       {@code gpu-index}, so that the session sees that GPU alone, as {@code /device:GPU:0}, and TensorFlow takes
 *       no memory on the others;</li>
 *   <li>when TensorFlow rewrites ops to oneDNN kernels ({@link OneDnn}), grappler is off
 *       ({@code disable_meta_optimizer}). oneDNN's layout pass, which runs after grappler, merges a
 *       {@code BiasAddGrad} with a {@code Conv2DBackpropFilter} that reads the same node, without checking
 *       that the two belong to the same gradient; after grappler has removed the {@code Identity} that
 *       TensorFlow's BiasAdd gradient puts in front of the convolution's gradient (and merged equal nodes of
 *       different gradients), a second-order gradient (CGD, ACGD) offers it a filter gradient that depends on
 *       the bias gradient, and the merged node waits for itself: the step ends with "Retval[0] does not have
 *       value". Without grappler, no Conv2DBackpropFilter reads a BiasAddGrad's input, so the merge never
 *       happens. Grappler's remapper also failed there, logging "Mutation::Apply error"; the DCGAN step is as
 *       fast without grappler (docs/tensorflow-backend.md#grappler).</li>
 * </ul>
 */
final class SessionConfigs {
    /** The prefix of the names of shared inter-op thread pools. */
    static final String INTER_OP_POOL = "gan4j-inter-op-";

    private SessionConfigs() {
    }

    /**
     * @param settings the backend's settings
     * @param oneDnn whether this process's TensorFlow rewrites ops to oneDNN kernels
     * @return the session configuration
     */
    static ConfigProto of(TfSettings settings, boolean oneDnn) {
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
            case GPU -> config.setGpuOptions(GPUOptions.newBuilder().setAllowGrowth(settings.memoryGrowth())
                    .setVisibleDeviceList(Integer.toString(settings.gpuIndex())));
        }
        if (oneDnn) {
            config.setGraphOptions(GraphOptions.newBuilder().setRewriteOptions(
                    RewriterConfig.newBuilder().setDisableMetaOptimizer(true)));
        }
        return config.build();
    }
}
