package org.gan4j.tf;

import java.util.Arrays;
import org.gan4j.api.GanException;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/** A {@link Tensor} backed by a TensorFlow graph output. */
class TfTensor implements Tensor {
    private final Operand<?> operand;
    private final TfComputation owner;

    TfTensor(Operand<?> operand, TfComputation owner) {
        this.operand = operand;
        this.owner = owner;
    }

    /**
     * @param tensor a tensor handed back by a caller
     * @param owner the computation it must belong to
     * @return it as a TensorFlow tensor
     */
    static TfTensor unwrap(Tensor tensor, TfComputation owner) {
        if (tensor instanceof TfTensor tf && tf.owner == owner) {
            return tf;
        }
        throw new GanException("tensor " + tensor + " does not belong to this TensorFlow computation; "
                + "use tensors made by this computation's Ops only");
    }

    Operand<?> operand() {
        return operand;
    }

    @Override
    public Shape shape() {
        org.tensorflow.ndarray.Shape s = operand.shape();
        if (s.isUnknown()) {
            throw new GanException("the rank of " + operand.op().name() + " is unknown while tracing");
        }
        return Shape.of(Arrays.stream(s.asArray()).map(d -> d < 0 ? Shape.UNKNOWN : d).toArray());
    }

    @Override
    public DType dtype() {
        Class<?> type = operand.type();
        if (type == TFloat32.class) {
            return DType.FLOAT32;
        }
        if (type == TFloat64.class) {
            return DType.FLOAT64;
        }
        throw new GanException("tensor " + operand.op().name() + " has type " + type.getSimpleName()
                + ", which gan-api does not expose");
    }

    @Override
    public String toString() {
        return "TfTensor(" + operand.op().name() + ")";
    }
}
