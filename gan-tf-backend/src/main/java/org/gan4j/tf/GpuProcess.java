package org.gan4j.tf;

import java.util.Objects;
import org.gan4j.api.GanException;

/**
 * Keeps the GPU settings of one JVM consistent. TensorFlow sets up a process's GPUs once, when its first session
 * that may use them opens, with that session's {@code gpu_options}: its memory allocator (with or without
 * {@code allow_growth}) and the mapping of {@code visible_device_list} to its devices. A later session that maps
 * another GPU fails in TensorFlow ("TensorFlow device (GPU:0) is being mapped to multiple devices"), and one that
 * asks for other memory growth is silently given the first one's. So the first {@code device=gpu} backend claims
 * its {@code gpu-index} and {@code memory-growth}, and a later one that asks for others is refused.
 */
final class GpuProcess {
    /** The GPUs of this JVM. */
    static final GpuProcess PROCESS = new GpuProcess();

    private TfSettings claimed;

    /** Creates a process whose GPUs nothing has claimed yet. */
    GpuProcess() {
    }

    /**
     * Claims the GPUs for a {@code device=gpu} backend: checks that its settings agree with an earlier claim, runs
     * {@code setUp} (which opens the first session), and records the claim once it has succeeded.
     *
     * @param settings the backend's settings, with {@link TfDevice#GPU}
     * @param setUp what opens the backend's first GPU session, such as {@link GpuCheck#requireGpu}
     * @throws GanException if an earlier backend of this JVM set the GPUs up with another {@code gpu-index} or
     *     {@code memory-growth}, or from {@code setUp}
     */
    synchronized void claim(TfSettings settings, Runnable setUp) {
        if (claimed != null && (claimed.gpuIndex() != settings.gpuIndex()
                || claimed.memoryGrowth() != settings.memoryGrowth())) {
            throw new GanException(TfSettings.OWNER + ": " + describe(settings) + " cannot take effect: TensorFlow "
                    + "sets up a process's GPUs once, and an earlier backend of this JVM set them up with "
                    + describe(claimed) + "; give every tensorflow backend of one JVM the same "
                    + TfSettings.GPU_INDEX + " and " + TfSettings.MEMORY_GROWTH + ", or run this one in another JVM.");
        }
        setUp.run();
        claimed = Objects.requireNonNull(settings);
    }

    private static String describe(TfSettings settings) {
        return TfSettings.GPU_INDEX + " = " + settings.gpuIndex() + ", " + TfSettings.MEMORY_GROWTH + " = "
                + settings.memoryGrowth();
    }
}
