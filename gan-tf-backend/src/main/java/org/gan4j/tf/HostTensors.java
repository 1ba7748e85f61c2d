package org.gan4j.tf;

import java.util.Arrays;
import org.gan4j.api.GanException;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/** Copies between {@link HostTensor}s and native TensorFlow tensors. */
final class HostTensors {
    private HostTensors() {
    }

    /**
     * @param value a host value
     * @return a native tensor holding a copy; the caller closes it
     */
    static Tensor toNative(HostTensor value) {
        org.tensorflow.ndarray.Shape shape = org.tensorflow.ndarray.Shape.of(value.shape().dims());
        return switch (value.dtype()) {
            case FLOAT32 -> TFloat32.tensorOf(shape, DataBuffers.of(value.toFloatArray(), true, false));
            case FLOAT64 -> TFloat64.tensorOf(shape, DataBuffers.of(value.toDoubleArray(), true, false));
        };
    }

    /**
     * @param tensor a native tensor, still open
     * @param what its name, for errors
     * @return a host copy
     */
    static HostTensor toHost(Tensor tensor, String what) {
        Shape shape = Shape.of(tensor.shape().asArray());
        int n = Math.toIntExact(shape.numElements());
        if (tensor instanceof TFloat32 f) {
            float[] values = new float[n];
            f.copyTo(DataBuffers.of(values, false, false));
            return HostTensor.of(shape, values);
        }
        if (tensor instanceof TFloat64 d) {
            double[] values = new double[n];
            d.copyTo(DataBuffers.of(values, false, false));
            return HostTensor.of(shape, values);
        }
        throw new GanException("fetched value '" + what + "' has type " + tensor.dataType()
                + " shape " + Arrays.toString(tensor.shape().asArray()) + "; only FLOAT32 and FLOAT64 can be fetched");
    }
}
