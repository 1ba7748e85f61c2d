package org.gan4j.tf;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.TensorFlow;
import org.tensorflow.op.Ops;
import org.tensorflow.op.RawCustomGradient;

/**
 * Registers, once per process, the gradients of gradient ops that TensorFlow's C++ registry lacks
 * (docs/tensorflow-backend.md#second-order-gradients), so that a gradient can be differentiated again: gradient
 * penalties through ReLU critics, Hessian-vector products, the mixed terms of competitive gradient descent.
 *
 * <p>With x the forward input, y the forward output, g the incoming gradient and u the gradient arriving at this
 * op's output, each rule returns the derivative of the op's output with respect to each of its inputs, times u:
 * <ul>
 *   <li>ReluGrad(g, x) = g·[x &gt; 0]: (u·[x &gt; 0], 0)</li>
 *   <li>BiasAddGrad(g) = Σ g over all but the last axis: (u broadcast back to g's shape)</li>
 *   <li>SoftplusGrad(g, x) = g·σ(x): (u·σ(x), u·g·σ(x)(1 − σ(x)))</li>
 *   <li>TanhGrad(y, g) = g(1 − y²): (u·g·(−2y), u(1 − y²))</li>
 *   <li>SigmoidGrad(y, g) = g·y(1 − y): (u·g(1 − 2y), u·y(1 − y))</li>
 *   <li>RsqrtGrad(y, g) = −½g·y³: (u·g·(−1.5y²), u·(−½y³))</li>
 *   <li>SqrtGrad(y, g) = ½g/y: (u·g·(−½/y²), u·½/y)</li>
 *   <li>OnesLike(x) = 1: (0)</li>
 *   <li>Conv2DBackpropFilter(x, sizes, g): (conv2dBackpropInput(shape(x), u, g), 0, conv2d(x, u)), same strides
 *       and padding</li>
 * </ul>
 * Registration is global and permanent, and TensorFlow refuses it for an op that already has a gradient, so an op
 * that gains a C++ gradient in a later TensorFlow keeps that one.
 */
final class SecondOrderGradients {
    private static boolean registered;

    private SecondOrderGradients() {
    }

    /** Registers the gradients if this process has not yet; later calls do nothing. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static synchronized void registerOnce() {
        if (registered) {
            return;
        }
        registered = true;
        register("ReluGrad", (tf, op, up) -> List.of(tf.nn.reluGrad(f(up.get(0)), f(op.input(1))), tf.zerosLike(op.input(1))));
        register("BiasAddGrad", (tf, op, up) -> List.of(tf.nn.biasAdd(f(tf.zerosLike(op.input(0))), f(up.get(0)))));
        register("SoftplusGrad", (tf, op, up) -> {
            Operand g = op.input(0);
            Operand s = tf.math.sigmoid(f(op.input(1)));
            Operand u = up.get(0);
            return List.of(tf.math.mul(u, s), tf.math.mul(tf.math.mul(u, g), tf.math.mul(s, tf.math.sub(one(tf, s), s))));
        });
        register("TanhGrad", (tf, op, up) -> {
            Operand y = op.input(0);
            Operand g = op.input(1);
            Operand u = up.get(0);
            return List.of(tf.math.mul(tf.math.mul(u, g), tf.math.mul(constant(tf, -2, y), y)),
                    tf.math.mul(u, tf.math.sub(one(tf, y), tf.math.square(y))));
        });
        register("SigmoidGrad", (tf, op, up) -> {
            Operand y = op.input(0);
            Operand g = op.input(1);
            Operand u = up.get(0);
            return List.of(tf.math.mul(tf.math.mul(u, g), tf.math.sub(one(tf, y), tf.math.mul(constant(tf, 2, y), y))),
                    tf.math.mul(u, tf.math.mul(y, tf.math.sub(one(tf, y), y))));
        });
        register("RsqrtGrad", (tf, op, up) -> {
            Operand y = op.input(0);
            Operand g = op.input(1);
            Operand u = up.get(0);
            return List.of(tf.math.mul(tf.math.mul(u, g), tf.math.mul(constant(tf, -1.5, y), tf.math.square(y))),
                    tf.math.mul(u, tf.math.mul(constant(tf, -0.5, y), tf.math.mul(tf.math.square(y), y))));
        });
        register("SqrtGrad", (tf, op, up) -> {
            Operand y = op.input(0);
            Operand g = op.input(1);
            Operand u = up.get(0);
            return List.of(tf.math.mul(tf.math.mul(u, g), tf.math.div(constant(tf, -0.5, y), tf.math.square(y))),
                    tf.math.mul(u, tf.math.div(constant(tf, 0.5, y), y)));
        });
        register("OnesLike", (tf, op, up) -> List.of(tf.zerosLike(op.input(0))));
        register("Conv2DBackpropFilter", (tf, op, up) -> {
            List<Long> strides = longs(op.attributes().getAttrIntList("strides"));
            String padding = op.attributes().getAttrString("padding");
            Operand x = op.input(0);
            Operand g = op.input(2);
            Operand u = up.get(0);
            return List.of(tf.nn.conv2dBackpropInput(tf.shape(x), u, g, strides, padding), tf.zerosLike(op.input(1)),
                    tf.nn.conv2d(x, u, strides, padding));
        });
    }

    private static void register(String opType, RawCustomGradient gradient) {
        try {
            TensorFlow.registerCustomGradient(opType, gradient);
        } catch (UnsupportedOperationException e) {
            // TensorFlow Java has no custom gradients on Windows; first-order training still works there.
            System.getLogger(SecondOrderGradients.class.getName()).log(System.Logger.Level.WARNING,
                    "second-order gradient of " + opType + " unavailable on this platform: " + e.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Operand f(Output<?> output) {
        return (Operand) output;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Operand f(Operand<?> operand) {
        return (Operand) operand;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Operand constant(Ops tf, double value, Operand like) {
        return tf.dtypes.cast(tf.constant(value), like.type());
    }

    @SuppressWarnings("rawtypes")
    private static Operand one(Ops tf, Operand like) {
        return constant(tf, 1, like);
    }

    private static List<Long> longs(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
