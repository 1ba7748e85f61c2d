package org.gan4j.tf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.api.GanException;
import org.tensorflow.DeviceSpec;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.TensorFlow;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;

/**
 * Checks that TensorFlow has a GPU before a backend with {@code device=gpu} is handed out: it runs one constant
 * pinned to {@code /device:GPU:0}, the GPU that {@code gpu-index} makes visible. Without the GPU natives, or without
 * a GPU and the CUDA they need, TensorFlow registers no GPU device and refuses the placement; that refusal becomes a
 * {@link GanException} that says which of the two it is and what to do.
 */
final class GpuCheck {
    private static final Pattern AVAILABLE = Pattern.compile("available devices are \\[([^\\]]*)\\]");

    private GpuCheck() {
    }

    /**
     * @param config the backend's session configuration
     * @throws GanException naming the devices TensorFlow has, and the remedies, when it has no GPU
     */
    static void requireGpu(ConfigProto config) {
        try (Graph graph = new Graph(); Session session = new Session(graph, config)) {
            Ops tf = Ops.create(graph).withDevice(DeviceSpec.newBuilder()
                    .deviceType(DeviceSpec.DeviceType.GPU).deviceIndex(0).build());
            try (Result ignored = session.runner().fetch(tf.constant(1f)).run()) {
                return;
            } catch (TensorFlowException | IllegalArgumentException e) {
                // TensorFlow reports a placement it cannot satisfy as TFInvalidArgumentException
                throw new GanException(noGpu(devices(e.getMessage()), config.getGpuOptions().getVisibleDeviceList(),
                        GpuNatives.present(TensorFlow.class.getClassLoader())), e);
            }
        }
    }

    /**
     * @param devices the devices TensorFlow has, as it names them
     * @param gpuIndex the GPU asked for ({@code gpu-index})
     * @param gpuNatives whether TensorFlow's GPU natives are on the class path
     * @return why there is no GPU and what to do: build with the GPU natives, or give them a GPU and the CUDA they
     *     need; or use the CPU
     */
    static String noGpu(String devices, String gpuIndex, boolean gpuNatives) {
        String start = TfSettings.OWNER + ": " + TfSettings.DEVICE + " = gpu, but TensorFlow has no GPU (its devices: "
                + devices + ")";
        String cpu = "; or use " + TfSettings.DEVICE + "=cpu.";
        if (!gpuNatives) {
            return start + ": this build of gan4j carries TensorFlow's CPU natives. Build it with the GPU natives, "
                    + GpuNatives.BUILD + " (they need Linux x86-64, an NVIDIA GPU and " + GpuNatives.CUDA
                    + "; see docs/tensorflow-backend.md#gpu)" + cpu;
        }
        return start + ", though TensorFlow's GPU natives are on the class path: they found no GPU with "
                + TfSettings.GPU_INDEX + " = " + gpuIndex + " (nvidia-smi lists the machine's GPUs by index). They need "
                + "an NVIDIA GPU with its driver, and " + GpuNatives.CUDA + " where the dynamic linker finds them "
                + "(LD_LIBRARY_PATH); TF_CPP_MIN_LOG_LEVEL=0 shows which library TensorFlow could not load" + cpu;
    }

    private static String devices(String message) {
        Matcher m = AVAILABLE.matcher(message == null ? "" : message);
        return m.find() ? m.group(1).strip() : "unknown; TensorFlow said: " + message;
    }
}
