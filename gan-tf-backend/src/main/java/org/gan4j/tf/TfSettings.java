package org.gan4j.tf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;

/**
 * The settings of the {@code tensorflow} backend, validated: what {@code --backend tensorflow:key=value,...} and
 * {@link TfBackendProvider#create} accept. Every default is stated once, in {@link #DEFAULTS}.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@value #INTRA_OP_THREADS}</td><td>0</td><td>threads one op may use; 0 lets TensorFlow choose (the
 *       number of cores). TensorFlow keeps one such pool per process, sized by the first session, so every
 *       backend of one JVM must ask for the same number ({@link IntraOpPool}).</td></tr>
 *   <tr><td>{@value #INTER_OP_THREADS}</td><td>0</td><td>ops that may run at once; 0 lets TensorFlow choose.
 *       Sessions that ask for the same number share one pool.</td></tr>
 *   <tr><td>{@value #DEVICE}</td><td>cpu</td><td>{@code cpu} or {@code gpu} ({@link TfDevice})</td></tr>
 *   <tr><td>{@value #MEMORY_GROWTH}</td><td>false</td><td>with {@code device=gpu}: take GPU memory as it is
 *       needed instead of all at once</td></tr>
 *   <tr><td>{@value #GPU_INDEX}</td><td>0</td><td>with {@code device=gpu}: which of the machine's GPUs to use,
 *       counted from 0 as CUDA counts them; the others stay untouched</td></tr>
 * </table>
 *
 * <p>TensorFlow sets up a process's GPUs once, with the first GPU session's {@code memory-growth} and
 * {@code gpu-index}, so every {@code device=gpu} backend of one JVM must ask for the same ({@link GpuProcess}).
 *
 * <p>TensorFlow's native log level is not a setting: TensorFlow reads {@code TF_CPP_MIN_LOG_LEVEL} once, when
 * its library logs for the first time, and Java cannot change its own process's environment, so it must be set
 * before the JVM starts (see docs/tensorflow-backend.md#log-level).
 *
 * @param intraOpThreads threads per op, 0 for TensorFlow's choice
 * @param interOpThreads ops at once, 0 for TensorFlow's choice
 * @param device where computations run
 * @param memoryGrowth whether a GPU's memory is taken as needed; only with {@link TfDevice#GPU}
 * @param gpuIndex the GPU used, as CUDA numbers the machine's GPUs; other than 0 only with {@link TfDevice#GPU}
 */
record TfSettings(int intraOpThreads, int interOpThreads, TfDevice device, boolean memoryGrowth, int gpuIndex) {
    /** The provider's id, which messages name. */
    static final String OWNER = TfBackendProvider.ID;
    /** The key of {@link #intraOpThreads}. */
    static final String INTRA_OP_THREADS = "intra-op-threads";
    /** The key of {@link #interOpThreads}. */
    static final String INTER_OP_THREADS = "inter-op-threads";
    /** The key of {@link #device}. */
    static final String DEVICE = "device";
    /** The key of {@link #memoryGrowth}. */
    static final String MEMORY_GROWTH = "memory-growth";
    /** The key of {@link #gpuIndex}. */
    static final String GPU_INDEX = "gpu-index";
    /** Every key, for {@link Hyperparameters#requireOnly}. */
    static final Set<String> KEYS = Set.of(INTRA_OP_THREADS, INTER_OP_THREADS, DEVICE, MEMORY_GROWTH, GPU_INDEX);
    /** What a backend created with no settings uses: TensorFlow's own choices, on the CPU. */
    static final TfSettings DEFAULTS = new TfSettings(0, 0, TfDevice.CPU, false, 0);

    /** Validates: thread counts ≥ 0, a device, memory growth and a GPU other than the first only on a GPU. */
    TfSettings {
        threads(INTRA_OP_THREADS, intraOpThreads);
        threads(INTER_OP_THREADS, interOpThreads);
        if (device == null) {
            throw new InvalidHyperparameterException(OWNER + ": " + DEVICE + " is missing; use cpu or gpu.");
        }
        if (memoryGrowth && device != TfDevice.GPU) {
            throw new InvalidHyperparameterException(OWNER + ": " + MEMORY_GROWTH + " = true applies to "
                    + DEVICE + "=gpu only, and " + DEVICE + " is " + device.id() + "; leave it out or add "
                    + DEVICE + "=gpu.");
        }
        if (gpuIndex < 0) {
            throw new InvalidHyperparameterException(OWNER + ": " + GPU_INDEX + " = " + gpuIndex
                    + " is invalid; it must be an integer >= 0 (0 is the machine's first GPU).");
        }
        if (gpuIndex != 0 && device != TfDevice.GPU) {
            throw new InvalidHyperparameterException(OWNER + ": " + GPU_INDEX + " = " + gpuIndex + " applies to "
                    + DEVICE + "=gpu only, and " + DEVICE + " is " + device.id() + "; leave it out or add "
                    + DEVICE + "=gpu.");
        }
    }

    private static void threads(String key, int value) {
        if (value < 0) {
            throw new InvalidHyperparameterException(OWNER + ": " + key + " = " + value
                    + " is invalid; it must be an integer >= 0 (0 lets TensorFlow choose).");
        }
    }

    /**
     * @param settings the user's {@code key=value} pairs
     * @return them, validated, with the defaults for the keys left out
     * @throws InvalidHyperparameterException naming the key, the value and what is allowed, for an unknown key, a
     *     value that does not parse, or one out of range
     */
    static TfSettings from(Hyperparameters settings) {
        for (String key : settings.asMap().keySet()) {
            if (key.toLowerCase(java.util.Locale.ROOT).contains("log")) {
                throw new InvalidHyperparameterException(OWNER + ": " + key + " = " + settings.asMap().get(key)
                        + " cannot be set here: TensorFlow reads its native log level once, from the environment "
                        + "variable TF_CPP_MIN_LOG_LEVEL, and Java cannot change that; set TF_CPP_MIN_LOG_LEVEL=2 "
                        + "(errors only) or 3 before starting java (the gan script sets 2).");
            }
        }
        settings.requireOnly(OWNER, KEYS);
        return new TfSettings(settings.getInt(OWNER, INTRA_OP_THREADS, DEFAULTS.intraOpThreads),
                settings.getInt(OWNER, INTER_OP_THREADS, DEFAULTS.interOpThreads),
                TfDevice.parse(OWNER, DEVICE, settings.getString(OWNER, DEVICE, DEFAULTS.device.id())),
                bool(MEMORY_GROWTH, settings.getString(OWNER, MEMORY_GROWTH, Boolean.toString(DEFAULTS.memoryGrowth))),
                settings.getInt(OWNER, GPU_INDEX, DEFAULTS.gpuIndex));
    }

    private static boolean bool(String key, String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new InvalidHyperparameterException(OWNER + ": " + key + " = '" + text
                    + "' is invalid; use true or false.");
        }
        return Boolean.parseBoolean(text);
    }

    /** @return the settings that differ from {@link #DEFAULTS}, each {@code key=value}, in the table's order */
    List<String> nonDefault() {
        List<String> changed = new ArrayList<>();
        if (intraOpThreads != DEFAULTS.intraOpThreads) {
            changed.add(INTRA_OP_THREADS + "=" + intraOpThreads);
        }
        if (interOpThreads != DEFAULTS.interOpThreads) {
            changed.add(INTER_OP_THREADS + "=" + interOpThreads);
        }
        if (device != DEFAULTS.device) {
            changed.add(DEVICE + "=" + device.id());
        }
        if (memoryGrowth != DEFAULTS.memoryGrowth) {
            changed.add(MEMORY_GROWTH + "=" + memoryGrowth);
        }
        if (gpuIndex != DEFAULTS.gpuIndex) {
            changed.add(GPU_INDEX + "=" + gpuIndex);
        }
        return changed;
    }
}
