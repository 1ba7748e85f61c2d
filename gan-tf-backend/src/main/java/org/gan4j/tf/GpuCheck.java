package org.gan4j.tf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.api.GanException;
import org.tensorflow.DeviceSpec;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;

/**
 * Checks that TensorFlow has a GPU before a backend with {@code device=gpu} is handed out: it runs one constant
 * pinned to {@code /device:GPU:0}. Without the GPU natives, or without CUDA, TensorFlow registers no GPU device
 * and refuses the placement; that refusal becomes a {@link GanException} that says what to do.
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
                throw new GanException(TfSettings.OWNER + ": " + TfSettings.DEVICE + " = gpu, but TensorFlow has no "
                        + "GPU (its devices: " + devices(e.getMessage()) + "). A GPU needs TensorFlow's GPU natives "
                        + "(tensorflow-core-native with a -gpu classifier, in place of the CPU one) and a CUDA they "
                        + "were built for; this build carries the CPU natives. Use " + TfSettings.DEVICE + "=cpu.", e);
            }
        }
    }

    private static String devices(String message) {
        Matcher m = AVAILABLE.matcher(message == null ? "" : message);
        return m.find() ? m.group(1).strip() : "unknown; TensorFlow said: " + message;
    }
}
