package org.gan4j.tf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.stream.IntStream;
import org.gan4j.api.GanException;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Padding;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.op.nn.FusedBatchNorm;
import org.tensorflow.op.nn.LeakyRelu;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;
import org.tensorflow.types.TInt32;

/**
 * {@link Ops} on TensorFlow Java's raw ops. A scalar operand of a binary op is converted to the other
 * operand's type, so {@code ops.mul(x64, ops.constant(2))} works in double precision.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
final class TfOps implements Ops {
    private final org.tensorflow.op.Ops tf;
    private final TfComputation owner;
    private final java.util.function.Function<Variable, Tensor> weights;

    TfOps(org.tensorflow.op.Ops tf, TfComputation owner) {
        this(tf, owner, v -> v);
    }

    private TfOps(org.tensorflow.op.Ops tf, TfComputation owner, java.util.function.Function<Variable, Tensor> weights) {
        this.tf = tf;
        this.owner = owner;
        this.weights = weights;
    }

    @Override
    public Tensor weight(Variable variable) {
        return weights.apply(variable);
    }

    /** A view on the same graph: every op is this one's, {@link #weight} is the function's. */
    @Override
    public Ops withWeights(java.util.function.Function<Variable, Tensor> view) {
        return new TfOps(tf, owner, java.util.Objects.requireNonNull(view, "weights"));
    }

    private Operand o(Tensor t) {
        return TfTensor.unwrap(t, owner).operand();
    }

    private Tensor wrap(Operand<?> operand) {
        return new TfTensor(operand, owner);
    }

    /**
     * Builds an op whose operands TensorFlow checks while tracing (shapes that do not broadcast or multiply), and
     * turns its refusal into a {@link GanException} that names the op and the operands' shapes.
     */
    private Tensor checked(String op, List<? extends Tensor> operands, java.util.function.Supplier<Operand<?>> build) {
        try {
            return wrap(build.get());
        } catch (TensorFlowException | IllegalArgumentException e) {
            throw new GanException(op + " cannot take operands of shapes "
                    + operands.stream().map(t -> t.shape().toString()).toList() + ": " + e.getMessage(), e);
        }
    }

    private static Class<? extends org.tensorflow.types.family.TType> tfType(DType type) {
        return type == DType.FLOAT32 ? TFloat32.class : TFloat64.class;
    }

    /** Converts a scalar operand to the other operand's type where the types differ. */
    private Operand[] aligned(Tensor a, Tensor b) {
        Operand x = o(a);
        Operand y = o(b);
        if (x.type() != y.type()) {
            if (b.shape().rank() == 0) {
                y = tf.dtypes.cast(y, x.type());
            } else if (a.shape().rank() == 0) {
                x = tf.dtypes.cast(x, y.type());
            } else {
                throw new GanException("operands have different types, " + a.dtype() + " and " + b.dtype()
                        + "; cast one with ops.cast");
            }
        }
        return new Operand[] {x, y};
    }

    /** An elementwise op of two operands: a scalar operand takes the other's type, and TensorFlow's refusal is named. */
    private Tensor binary(String op, Tensor a, Tensor b, java.util.function.BinaryOperator<Operand> build) {
        Operand[] xy = aligned(a, b);
        return checked(op, List.of(a, b), () -> build.apply(xy[0], xy[1]));
    }

    private Operand<TInt32> axes(Tensor x, int... axes) {
        int[] resolved = axes.length == 0 ? IntStream.range(0, x.shape().rank()).toArray()
                : IntStream.of(axes).map(a -> resolvedAxis(x, a)).toArray();
        return tf.constant(resolved);
    }

    /** @return the axis, negative counted from the end; a GanException naming it when x has no such axis */
    private static int resolvedAxis(Tensor x, int axis) {
        int rank = x.shape().rank();
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw new GanException("axis " + a + " is out of range for a tensor of rank " + rank + " " + x.shape());
        }
        return a;
    }

    private Operand scalarLike(double value, Operand like) {
        return like.type() == TFloat64.class ? tf.constant(value) : tf.constant((float) value);
    }

    @Override
    public Tensor constant(double value) {
        return wrap(tf.constant((float) value));
    }

    @Override
    public Tensor constant(HostTensor value) {
        org.tensorflow.ndarray.Shape shape = org.tensorflow.ndarray.Shape.of(value.shape().dims());
        if (value.dtype() == DType.FLOAT64) {
            return wrap(tf.constant(shape, org.tensorflow.ndarray.buffer.DataBuffers.of(value.toDoubleArray(), true, false)));
        }
        return wrap(tf.constant(shape, org.tensorflow.ndarray.buffer.DataBuffers.of(value.toFloatArray(), true, false)));
    }

    @Override
    public Variable variable(String name, Shape shape, Initializer initializer, boolean trainable) {
        return owner.createVariable(name, shape, initializer, trainable);
    }

    @Override
    public Tensor cast(Tensor x, DType type) {
        return x.dtype() == type ? x : wrap(tf.dtypes.cast(o(x), tfType(type)));
    }

    @Override
    public Tensor add(Tensor a, Tensor b) {
        return binary("add", a, b, (x, y) -> tf.math.add(x, y));
    }

    @Override
    public Tensor sub(Tensor a, Tensor b) {
        return binary("sub", a, b, (x, y) -> tf.math.sub(x, y));
    }

    @Override
    public Tensor mul(Tensor a, Tensor b) {
        return binary("mul", a, b, (x, y) -> tf.math.mul(x, y));
    }

    @Override
    public Tensor div(Tensor a, Tensor b) {
        return binary("div", a, b, (x, y) -> tf.math.div(x, y));
    }

    @Override
    public Tensor divNoNan(Tensor a, Tensor b) {
        return binary("divNoNan", a, b, (x, y) -> tf.math.divNoNan(x, y));
    }

    @Override
    public Tensor greater(Tensor a, Tensor b) {
        return binary("greater", a, b, (x, y) -> tf.dtypes.cast(tf.math.greater(x, y), x.type()));
    }

    @Override
    public Tensor where(Tensor mask, Tensor a, Tensor b) {
        Operand[] xy = aligned(a, b);
        Operand condition = tf.math.notEqual(o(mask), tf.dtypes.cast(tf.constant(0f), o(mask).type()));
        return checked("where", List.of(mask, a, b), () -> tf.select(condition, xy[0], xy[1]));
    }

    @Override
    public Tensor neg(Tensor x) {
        return wrap(tf.math.neg(o(x)));
    }

    @Override
    public Tensor square(Tensor x) {
        return wrap(tf.math.square(o(x)));
    }

    @Override
    public Tensor sqrt(Tensor x) {
        return wrap(tf.math.sqrt(o(x)));
    }

    @Override
    public Tensor exp(Tensor x) {
        return wrap(tf.math.exp(o(x)));
    }

    @Override
    public Tensor log(Tensor x) {
        return wrap(tf.math.log(o(x)));
    }

    @Override
    public Tensor abs(Tensor x) {
        return wrap(tf.math.abs(o(x)));
    }

    @Override
    public Tensor floor(Tensor x) {
        return wrap(tf.math.floor(o(x)));
    }

    @Override
    public Tensor maximum(Tensor a, Tensor b) {
        return binary("maximum", a, b, (x, y) -> tf.math.maximum(x, y));
    }

    @Override
    public Tensor minimum(Tensor a, Tensor b) {
        return binary("minimum", a, b, (x, y) -> tf.math.minimum(x, y));
    }

    @Override
    public Tensor clip(Tensor x, double min, double max) {
        if (!(min <= max)) {
            throw new GanException("clip bounds [" + min + ", " + max + "] are empty; min must be <= max");
        }
        Operand operand = o(x);
        return wrap(tf.clipByValue(operand, scalarLike(min, operand), scalarLike(max, operand)));
    }

    @Override
    public Tensor relu(Tensor x) {
        return wrap(tf.nn.relu(o(x)));
    }

    @Override
    public Tensor leakyRelu(Tensor x, double alpha) {
        if (!(alpha >= 0 && alpha < 1)) {
            throw new GanException("leaky ReLU slope alpha = " + alpha + " is invalid; it must be in [0, 1)");
        }
        if (x.dtype() == DType.FLOAT64) {
            // LeakyRelu's alpha is a float32 attribute; max(x, αx) keeps α exact in float64 (valid for α < 1)
            Operand operand = o(x);
            return wrap(tf.math.maximum(operand, tf.math.mul(operand, scalarLike(alpha, operand))));
        }
        return wrap(tf.nn.leakyRelu(o(x), LeakyRelu.alpha((float) alpha)));
    }

    @Override
    public Tensor tanh(Tensor x) {
        return wrap(tf.math.tanh(o(x)));
    }

    @Override
    public Tensor sigmoid(Tensor x) {
        return wrap(tf.math.sigmoid(o(x)));
    }

    @Override
    public Tensor softplus(Tensor x) {
        return wrap(tf.math.softplus(o(x)));
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b) {
        return checked("matmul", List.of(a, b), () -> tf.linalg.matMul(o(a), o(b)));
    }

    /** One BatchMatMulV3 node; operands that are not [n, m, k] and [n, k, p] are refused, naming both shapes. */
    @Override
    public Tensor batchMatmul(Tensor a, Tensor b) {
        requireBatchMatmul(a, b);
        return checked("batchMatmul", List.of(a, b), () -> tf.train.batchMatMul(o(a), o(b), o(a).type()));
    }

    private static void requireBatchMatmul(Tensor a, Tensor b) {
        Shape x = a.shape();
        Shape y = b.shape();
        if (x.rank() != 3 || y.rank() != 3 || x.size(2) != Shape.UNKNOWN && y.size(1) != Shape.UNKNOWN
                && x.size(2) != y.size(1)) {
            throw new GanException("batchMatmul needs [n, m, k] and [n, k, p], got " + x + " and " + y);
        }
    }

    @Override
    public Tensor biasAdd(Tensor x, Tensor bias) {
        return checked("biasAdd", List.of(x, bias), () -> tf.nn.biasAdd(o(x), o(bias)));
    }

    @Override
    public Tensor conv2d(Tensor input, Tensor kernel, int stride, Padding padding) {
        requireConvolution("conv2d", input, kernel, stride);
        return checked("conv2d", List.of(input, kernel),
                () -> tf.nn.conv2d(o(input), o(kernel), strides(stride), padding.name()));
    }

    @Override
    public Tensor conv2dTranspose(Tensor input, Tensor kernel, int stride, Padding padding) {
        requireConvolution("conv2dTranspose", input, kernel, stride);
        Shape in = input.shape();
        Shape k = kernel.shape();
        if (in.size(1) == Shape.UNKNOWN || in.size(2) == Shape.UNKNOWN || !k.isFullyDefined()) {
            throw new GanException("conv2dTranspose needs known height, width and kernel, got input " + in + " and kernel " + k);
        }
        if (in.size(3) != Shape.UNKNOWN && in.size(3) != k.size(3)) {
            throw new GanException("conv2dTranspose's kernel [kh, kw, c_out, c_in] " + k + " does not take "
                    + in.size(3) + " input channels " + in);
        }
        int[] spatial = new int[2];
        for (int d = 0; d < 2; d++) {
            long size = in.size(1 + d);
            spatial[d] = Math.toIntExact(padding == Padding.SAME ? size * stride : (size - 1) * stride + k.size(d));
        }
        int outChannels = Math.toIntExact(k.size(2));
        Operand<TInt32> outputShape;
        if (in.size(0) != Shape.UNKNOWN) {
            outputShape = tf.constant(new int[] {Math.toIntExact(in.size(0)), spatial[0], spatial[1], outChannels});
        } else {
            Operand<TInt32> batch = tf.slice(tf.shape(o(input)), tf.constant(new int[] {0}), tf.constant(new int[] {1}));
            outputShape = tf.concat(List.of(batch, tf.constant(new int[] {spatial[0], spatial[1], outChannels})),
                    tf.constant(0));
        }
        Operand<TInt32> shape = outputShape;
        return checked("conv2dTranspose", List.of(input, kernel),
                () -> tf.nn.conv2dBackpropInput(shape, o(kernel), o(input), strides(stride), padding.name()));
    }

    private static void requireConvolution(String op, Tensor input, Tensor kernel, int stride) {
        if (input.shape().rank() != 4 || kernel.shape().rank() != 4) {
            throw new GanException(op + " needs an NHWC input and a rank-4 kernel, got input " + input.shape()
                    + " and kernel " + kernel.shape());
        }
        if (stride < 1) {
            throw new GanException(op + " needs a stride >= 1, got " + stride);
        }
    }

    private static List<Long> strides(int stride) {
        return List.of(1L, (long) stride, (long) stride, 1L);
    }

    /**
     * FusedBatchNormV3 for FLOAT32 inputs of rank 2 or 4 with known sizes (its gradient has no gradient of its own,
     * so it is first-order only); otherwise the composed form (the fused kernel rejects FLOAT64). A rank-2 input
     * runs as [n, 1, 1, c].
     */
    @Override
    public List<Tensor> batchNormalization(Tensor x, Tensor scale, Tensor offset, double epsilon) {
        int rank = x.shape().rank();
        if (x.dtype() != DType.FLOAT32 || (rank != 2 && rank != 4) || !x.shape().isFullyDefined() || !(epsilon > 0)) {
            return Ops.composedBatchNormalization(this, x, scale, offset, epsilon);
        }
        long channels = x.shape().size(-1);
        long n = x.shape().numElements() / channels;
        Operand input = rank == 4 ? o(x) : tf.reshape(o(x), tf.constant(new long[] {n, 1, 1, channels}));
        Operand<TFloat32> empty = tf.constant(org.tensorflow.ndarray.Shape.of(0),
                org.tensorflow.ndarray.buffer.DataBuffers.of(new float[0], true, false));
        FusedBatchNorm<TFloat32, TFloat32> fused;
        try {
            fused = tf.nn.fusedBatchNorm(input, o(scale), o(offset), empty, empty,
                    FusedBatchNorm.epsilon((float) epsilon), FusedBatchNorm.isTraining(true));
        } catch (TensorFlowException | IllegalArgumentException e) {
            throw new GanException("batchNormalization cannot take x " + x.shape() + ", scale " + scale.shape()
                    + " and offset " + offset.shape() + ": " + e.getMessage(), e);
        }
        Operand y = rank == 4 ? fused.y() : tf.reshape(fused.y(), tf.constant(x.shape().dims()));
        // in training mode the kernel returns the Bessel-corrected variance; the contract is the biased one
        Operand variance = n > 1 ? tf.math.mul(fused.batchVariance(), tf.constant((float) ((n - 1) / (double) n)))
                : fused.batchVariance();
        return List.of(wrap(y), wrap(fused.batchMean()), wrap(variance));
    }

    @Override
    public Tensor sum(Tensor x, int... axes) {
        return wrap(tf.sum(o(x), axes(x, axes)));
    }

    @Override
    public Tensor mean(Tensor x, int... axes) {
        return wrap(tf.math.mean(o(x), axes(x, axes)));
    }

    @Override
    public Tensor max(Tensor x, int... axes) {
        return wrap(tf.max(o(x), axes(x, axes)));
    }

    @Override
    public Tensor reshape(Tensor x, Shape shape) {
        return checked("reshape to " + shape, List.of(x), () -> tf.reshape(o(x), tf.constant(shape.dims())));
    }

    /** One Shape node: the runtime shape's element, cast to float. */
    @Override
    public Tensor dynamicSize(Tensor x, int axis) {
        int a = resolvedAxis(x, axis);
        Operand<TInt32> shape = tf.shape(o(x));
        Operand<TInt32> size = tf.reshape(tf.slice(shape, tf.constant(new int[] {a}), tf.constant(new int[] {1})),
                tf.constant(new int[0]));
        return wrap(tf.dtypes.cast(size, TFloat32.class));
    }

    @Override
    public Tensor concat(List<Tensor> parts, int axis) {
        if (parts.size() == 1) {
            return parts.get(0); // ConcatV2 needs at least two inputs
        }
        List<Operand> operands = new ArrayList<>();
        parts.forEach(p -> operands.add(o(p)));
        return checked("concat along axis " + axis, parts, () -> tf.concat((Iterable) operands, tf.constant(axis)));
    }

    @Override
    public Tensor stack(List<Tensor> parts) {
        if (parts.isEmpty()) {
            throw new GanException("stack needs at least one tensor");
        }
        List<Operand> operands = new ArrayList<>();
        parts.forEach(p -> operands.add(o(p)));
        return checked("stack", parts, () -> tf.stack((Iterable) operands, org.tensorflow.op.core.Stack.axis(0L)));
    }

    @Override
    public List<Tensor> unstack(Tensor x, int axis) {
        int a = resolvedAxis(x, axis);
        if (x.shape().size(a) == Shape.UNKNOWN) {
            throw new GanException("unstack along axis " + axis + " needs that dimension known, got a tensor of shape "
                    + x.shape());
        }
        org.tensorflow.op.core.Unstack<?> slices = tf.unstack(o(x), x.shape().size(a),
                org.tensorflow.op.core.Unstack.axis((long) a));
        return slices.output().stream().map(this::wrap).toList();
    }

    private static org.tensorflow.ndarray.Shape requireDefined(Shape shape, String what) {
        if (!shape.isFullyDefined()) {
            throw new GanException(what + " needs a fully defined shape, got " + shape);
        }
        return org.tensorflow.ndarray.Shape.of(shape.dims());
    }

    @Override
    public Tensor randomNormal(Shape shape, String stream) {
        requireDefined(shape, "randomNormal");
        return wrap(tf.random.statelessRandomNormal(tf.constant(shape.dims()), owner.randomSeed(stream), TFloat32.class));
    }

    @Override
    public Tensor randomUniform(Shape shape, String stream) {
        requireDefined(shape, "randomUniform");
        return wrap(tf.random.statelessRandomUniform(tf.constant(shape.dims()), owner.randomSeed(stream), TFloat32.class));
    }

    @Override
    public Tensor sumOfSquares(List<? extends Tensor> tensors) {
        if (tensors.isEmpty()) {
            throw new GanException("sumOfSquares needs at least one tensor");
        }
        // L2Loss is Σx²/2 in one pass without materializing x²; AddN sums them in one node.
        List<Operand> halves = new ArrayList<>();
        tensors.forEach(t -> halves.add(tf.nn.l2Loss(o(t))));
        Operand half = halves.size() == 1 ? halves.get(0) : tf.math.addN((Iterable) halves);
        return wrap(tf.math.mul(half, scalarLike(2.0, half)));
    }

    @Override
    public List<Tensor> adamUpdate(Variable theta, Variable m, Variable v, Tensor gradient, Tensor learningRate,
            Tensor beta1Power, Tensor beta2Power, double beta1, double beta2, double epsilon) {
        List<Tensor> results = Ops.super.adamUpdate(theta, m, v, gradient, learningRate, beta1Power, beta2Power,
                beta1, beta2, epsilon);
        owner.rememberFusion(new AdamFusion(owner.variable(theta), owner.variable(m), owner.variable(v), results,
                TfTensor.unwrap(gradient, owner), TfTensor.unwrap(learningRate, owner), TfTensor.unwrap(beta1Power, owner),
                TfTensor.unwrap(beta2Power, owner), beta1, beta2, epsilon));
        return results;
    }

    @Override
    public Tensor stopGradient(Tensor x) {
        return wrap(tf.stopGradient(o(x)));
    }

    @Override
    public List<Tensor> gradients(Tensor y, List<? extends Tensor> wrt) {
        Operand target = o(y);
        if (y.shape().rank() != 0) {
            throw new GanException("gradients need a scalar to differentiate, got shape " + y.shape()
                    + "; reduce it with ops.sum or ops.mean first");
        }
        Set<GraphOperation> reachable = ancestors((GraphOperation) target.op());
        List<Integer> connected = new ArrayList<>();
        for (int i = 0; i < wrt.size(); i++) {
            if (reachable.contains((GraphOperation) o(wrt.get(i)).op())) {
                connected.add(i);
            }
        }
        List<Tensor> result = new ArrayList<>(wrt.size());
        for (Tensor x : wrt) {
            result.add(wrap(tf.zerosLike(o(x))));
        }
        if (connected.isEmpty()) {
            return result;
        }
        Output<?>[] xs = connected.stream().map(i -> o(wrt.get(i)).asOutput()).toArray(Output[]::new);
        // An explicit seed instead of the implicit OnesLike, which has no gradient of its own
        // (docs/tensorflow-backend.md#gradients).
        Operand seed = tf.fill(tf.shape(target), scalarLike(1.0, target));
        Output<?>[] grads;
        try {
            grads = owner.graph().addGradients(owner.gradientScope(), new Output[] {target.asOutput()}, xs,
                    new Output[] {seed.asOutput()});
        } catch (TensorFlowException | IllegalArgumentException e) {
            throw new GanException("TensorFlow cannot differentiate this computation: " + e.getMessage()
                    + " Use ops that have gradients on the path. For second order, this backend adds the gradients of "
                    + "ReluGrad, BiasAddGrad, SoftplusGrad, TanhGrad, SigmoidGrad, RsqrtGrad, SqrtGrad, OnesLike and "
                    + "Conv2DBackpropFilter. Fused batch norm (FusedBatchNormGradV3) has none: build batch norm from "
                    + "basic ops with Ops.composedBatchNormalization (the dcgan generator's batch-norm=composed).", e);
        }
        for (int k = 0; k < grads.length; k++) {
            if (!isNoGradient(grads[k])) {
                result.set(connected.get(k), withShapeOf(wrt.get(connected.get(k)), grads[k]));
            }
        }
        return result;
    }

    /**
     * A gradient has its variable's shape; TensorFlow's shape inference sometimes loses a dimension it could know
     * (the gradient of a matmul with a batch of unknown size), so a fully defined shape is restated with a reshape.
     */
    private Tensor withShapeOf(Tensor x, Output<?> gradient) {
        if (x.shape().isFullyDefined() && gradient.shape().hasUnknownDimension()) {
            return wrap(tf.reshape(gradient, tf.constant(x.shape().dims())));
        }
        return wrap(gradient);
    }

    /** TensorFlow refuses to differentiate with respect to a tensor the target does not depend on. */
    private static Set<GraphOperation> ancestors(GraphOperation op) {
        Set<GraphOperation> seen = new HashSet<>();
        Deque<GraphOperation> todo = new ArrayDeque<>(List.of(op));
        while (!todo.isEmpty()) {
            GraphOperation next = todo.pop();
            if (seen.add(next)) {
                for (int i = 0; i < next.numInputs(); i++) {
                    todo.push((GraphOperation) next.input(i).op());
                }
            }
        }
        return seen;
    }

    /** TensorFlow Java returns an output on a NULL op where the gradient is structurally zero. */
    private static boolean isNoGradient(Output<?> gradient) {
        if (gradient == null) {
            return true;
        }
        var handle = ((GraphOperation) gradient.op()).getUnsafeNativeHandle();
        return handle == null || handle.isNull();
    }
}
