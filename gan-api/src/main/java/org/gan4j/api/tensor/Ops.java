package org.gan4j.api.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.Stable;

/**
 * The op vocabulary: everything a role or a plugin may compute, independent of any backend.
 *
 * <p>An {@code Ops} is handed out by a backend while it traces. Each method adds one node (or a few) to the
 * backend's graph and returns its symbolic result; nothing runs until the backend runs a compiled step.
 * Unless a method says otherwise, binary ops broadcast like NumPy, both operands have the same
 * {@link DType}, and the result has that type.
 *
 * <p>Randomness is stateless and keyed: a random op's values are a pure function of the run's seed, the
 * stream's name, how many ops of that stream were created before it, and the tick the backend is run with
 * (see {@link org.gan4j.api.spi.Computation#run}). Two runs with the same seed and ticks draw the same numbers;
 * a resumed run draws what an uninterrupted one would.
 *
 * <p>Stable: every role's signature names {@code Ops}, so its methods keep their signatures within a major version.
 * An op added later comes as a default method (composed of existing ops, or throwing
 * {@link UnsupportedOperationException} that names the op), so a backend written for an earlier minor version still
 * compiles and runs; a backend may override such a default with a node of its own.
 *
 * @since 0.1
 */
@Stable
public interface Ops {

    // ---- constants and variables

    /**
     * @param value the value
     * @return a FLOAT32 scalar constant
     */
    Tensor constant(double value);

    /**
     * @param value the value, copied into the graph
     * @return a constant of the value's shape and type
     */
    Tensor constant(HostTensor value);

    /**
     * Creates a variable, or fails if the name is taken.
     *
     * @param name a name unique in this computation: letters, digits, {@code _ . -}
     * @param shape its fully defined shape
     * @param initializer computes its first value (see {@link Initializer})
     * @param trainable whether it is a weight (true) or state such as optimizer slots (false)
     * @return the variable, FLOAT32
     */
    Variable variable(String name, Shape shape, Initializer initializer, boolean trainable);

    /**
     * The value a network computes with for one of its trainable weights: the seam where a weight transform
     * (spectral normalization) or a weight average (the trainer's generator average) takes the place of the weight.
     * A layer asks for each trainable weight here every time it uses it, and never uses the variable directly; the
     * trainer checks this, and names a weight that was used without it. On the ops a backend hands out the value is
     * the variable itself; {@link #withWeights} makes ops that give another.
     *
     * @param variable a trainable variable
     * @return the tensor to compute with, of the variable's shape and type
     */
    default Tensor weight(Variable variable) {
        return variable;
    }

    /**
     * Ops that add to the same graph and behave as these in every way, except that {@link #weight} gives
     * {@code weights.apply(variable)}. The function is called at every use; it may cache.
     *
     * <p>A backend may override this with its own view (ours does); the default forwards every other call to these
     * ops, fused update rules included.
     *
     * @param weights the value to compute with for each weight
     * @return the view
     */
    default Ops withWeights(java.util.function.Function<Variable, Tensor> weights) {
        return WeightView.over(this, weights);
    }

    /**
     * @param x a tensor
     * @param type the element type wanted
     * @return {@code x} converted to {@code type}
     */
    Tensor cast(Tensor x, DType type);

    // ---- elementwise arithmetic

    /** @param a left operand @param b right operand @return a + b */
    Tensor add(Tensor a, Tensor b);

    /** @param a left operand @param b right operand @return a − b */
    Tensor sub(Tensor a, Tensor b);

    /** @param a left operand @param b right operand @return a · b, elementwise */
    Tensor mul(Tensor a, Tensor b);

    /** @param a left operand @param b right operand @return a / b, elementwise */
    Tensor div(Tensor a, Tensor b);

    /**
     * Division that treats a zero denominator as "no information", as nonlinear conjugate-gradient rules do.
     *
     * @param a numerator
     * @param b denominator
     * @return a / b elementwise, and 0 where b = 0
     */
    Tensor divNoNan(Tensor a, Tensor b);

    /**
     * @param a left operand
     * @param b right operand
     * @return 1 where a &gt; b and 0 elsewhere (NaN compares false), elementwise, in a's type
     */
    Tensor greater(Tensor a, Tensor b);

    /**
     * Elementwise choice; unlike {@code mask·a + (1 − mask)·b}, a NaN or ∞ in the branch not taken does not leak.
     *
     * @param mask 1 where {@code a} is wanted, 0 where {@code b} is (as {@link #greater} makes), same shape as a
     * @param a the values where mask ≠ 0
     * @param b the values where mask = 0, same shape as a
     * @return the chosen values
     */
    Tensor where(Tensor mask, Tensor a, Tensor b);

    /** @param x a tensor @return −x */
    Tensor neg(Tensor x);

    /** @param x a tensor @return x² elementwise */
    Tensor square(Tensor x);

    /** @param x a tensor @return √x elementwise */
    Tensor sqrt(Tensor x);

    /** @param x a tensor @return eˣ elementwise */
    Tensor exp(Tensor x);

    /** @param x a tensor @return ln x elementwise */
    Tensor log(Tensor x);

    /** @param x a tensor @return |x| elementwise */
    Tensor abs(Tensor x);

    /** @param x a tensor @return the largest integer ≤ x, elementwise, in x's type */
    Tensor floor(Tensor x);

    /** @param a left operand @param b right operand @return max(a, b) elementwise */
    Tensor maximum(Tensor a, Tensor b);

    /** @param a left operand @param b right operand @return min(a, b) elementwise */
    Tensor minimum(Tensor a, Tensor b);

    /**
     * @param x a tensor
     * @param min the lower bound
     * @param max the upper bound, at least {@code min}
     * @return x clipped elementwise to [min, max]
     */
    Tensor clip(Tensor x, double min, double max);

    // ---- activations

    /** @param x a tensor @return max(x, 0) */
    Tensor relu(Tensor x);

    /** @param x a tensor @param alpha the slope for x &lt; 0, in [0, 1) @return x if x ≥ 0 else alpha·x */
    Tensor leakyRelu(Tensor x, double alpha);

    /** @param x a tensor @return tanh x */
    Tensor tanh(Tensor x);

    /** @param x a tensor @return σ(x) = 1 / (1 + e^−x) */
    Tensor sigmoid(Tensor x);

    /** @param x a tensor @return softplus(x) = ln(1 + eˣ), computed without overflow for large |x| */
    Tensor softplus(Tensor x);

    // ---- linear algebra

    /**
     * @param a a matrix [m, k]
     * @param b a matrix [k, n]
     * @return the product [m, n]
     */
    Tensor matmul(Tensor a, Tensor b);

    /**
     * Matrix products of a batch of pairs, c[i] = a[i] · b[i]: what a per-sample linear map (a one-hot shift matrix,
     * an attention map) needs. The default multiplies a as [n, m, k, 1] by b as [n, 1, k, p] elementwise and sums over
     * k, which holds n·m·k·p values at once; a backend may do it in one node.
     *
     * @param a [n, m, k], m and k known
     * @param b [n, k, p], k and p known, the same n
     * @return [n, m, p]
     * @throws GanException naming both shapes when they do not fit
     * @since 0.1
     */
    default Tensor batchMatmul(Tensor a, Tensor b) {
        Shape x = a.shape();
        Shape y = b.shape();
        boolean known = x.rank() == 3 && y.rank() == 3 && x.size(1) != Shape.UNKNOWN && x.size(2) != Shape.UNKNOWN
                && y.size(1) != Shape.UNKNOWN && y.size(2) != Shape.UNKNOWN;
        boolean batchesFit = known && (x.size(0) == Shape.UNKNOWN || y.size(0) == Shape.UNKNOWN || x.size(0) == y.size(0));
        if (!known || !batchesFit || x.size(2) != y.size(1)) {
            throw new GanException("batchMatmul needs [n, m, k] and [n, k, p] with m, k and p known, got " + x + " and " + y);
        }
        Tensor left = reshape(a, Shape.of(x.size(0), x.size(1), x.size(2), 1));
        Tensor right = reshape(b, Shape.of(y.size(0), 1, y.size(1), y.size(2)));
        return sum(mul(left, right), 2);
    }

    /**
     * @param x a tensor whose last dimension is n
     * @param bias a vector [n]
     * @return x + bias, the bias added along the last dimension
     */
    Tensor biasAdd(Tensor x, Tensor bias);

    // ---- convolutions (images are NHWC: [batch, height, width, channels])

    /**
     * Two-dimensional cross-correlation, as every deep-learning library calls "convolution":
     * y[b, i, j, o] = Σ<sub>di, dj, c</sub> x[b, i·s + di − p<sub>h</sub>, j·s + dj − p<sub>w</sub>, c] · k[di, dj, c, o],
     * with zeros outside x and p the padding before (see {@link Padding}).
     *
     * @param input [batch, height, width, c_in]
     * @param kernel [kh, kw, c_in, c_out] (HWIO)
     * @param stride the step in both spatial dimensions, at least 1
     * @param padding how the border is treated
     * @return [batch, height', width', c_out]
     */
    Tensor conv2d(Tensor input, Tensor kernel, int stride, Padding padding);

    /**
     * The transposed convolution (the gradient of {@link #conv2d} with respect to its input, sometimes called
     * "deconvolution"): each input position scatters kernel · x into the output, positions s apart. With
     * {@link Padding#SAME} the output is s times the input in each spatial dimension; with {@link Padding#VALID} it
     * is (in − 1)·s + k.
     *
     * @param input [batch, height, width, c_in]
     * @param kernel [kh, kw, c_out, c_in], as TensorFlow's {@code conv2d_transpose} takes it
     * @param stride the step in both spatial dimensions, at least 1
     * @param padding how the border is treated
     * @return [batch, height', width', c_out]
     */
    Tensor conv2dTranspose(Tensor input, Tensor kernel, int stride, Padding padding);

    /**
     * Batch normalization in training mode (Ioffe &amp; Szegedy, ICML 2015, Algorithm 1): over every axis but the last,
     * <pre>
     * μ = mean(x),  σ² = mean((x − μ)²),  y = (x − μ) / √(σ² + ε) · scale + offset
     * </pre>
     * σ² is the biased (1/n) variance, the one that normalizes. The default composes the formula from the other ops,
     * so it can be differentiated twice; a backend may instead use a fused kernel whose gradient is first-order only
     * (it says so where it fails). Callers that need a second derivative through batch norm compose it themselves.
     *
     * @param x [..., c], FLOAT32 for a fused kernel
     * @param scale [c]
     * @param offset [c]
     * @param epsilon ε, &gt; 0
     * @return y (x's shape), μ [c] and σ² [c]
     */
    default List<Tensor> batchNormalization(Tensor x, Tensor scale, Tensor offset, double epsilon) {
        return composedBatchNormalization(this, x, scale, offset, epsilon);
    }

    /**
     * {@link #batchNormalization} composed from basic ops, whatever the backend fuses: differentiable twice.
     *
     * @param ops the ops to compose it from
     * @param x [..., c]
     * @param scale [c]
     * @param offset [c]
     * @param epsilon ε, &gt; 0
     * @return y (x's shape), μ [c] and σ² [c]
     */
    static List<Tensor> composedBatchNormalization(Ops ops, Tensor x, Tensor scale, Tensor offset, double epsilon) {
        if (!(epsilon > 0)) {
            throw new GanException("batch normalization needs epsilon > 0, got " + epsilon);
        }
        int[] axes = java.util.stream.IntStream.range(0, x.shape().rank() - 1).toArray();
        Tensor mean = ops.mean(x, axes);
        Tensor centered = ops.sub(x, mean);
        Tensor variance = ops.mean(ops.square(centered), axes);
        Tensor y = ops.add(ops.mul(ops.div(centered, ops.sqrt(ops.add(variance, x.dtype() == DType.FLOAT64
                ? ops.constant(HostTensor.of(Shape.scalar(), new double[] {epsilon})) : ops.constant(epsilon)))), scale), offset);
        return List.of(y, mean, variance);
    }

    // ---- reductions and shapes

    /**
     * @param x a tensor
     * @param axes the dimensions to reduce (negative counts from the end); none means all
     * @return the sum over {@code axes}, those dimensions removed
     */
    Tensor sum(Tensor x, int... axes);

    /**
     * @param x a tensor
     * @param axes the dimensions to reduce; none means all
     * @return the mean over {@code axes}, those dimensions removed
     */
    Tensor mean(Tensor x, int... axes);

    /**
     * @param x a tensor
     * @param axes the dimensions to reduce; none means all
     * @return the maximum over {@code axes}, those dimensions removed
     */
    Tensor max(Tensor x, int... axes);

    /**
     * @param x a tensor
     * @param shape the new shape, with at most one {@link Shape#UNKNOWN} to be inferred
     * @return x with that shape, elements in the same row-major order
     */
    Tensor reshape(Tensor x, Shape shape);

    /**
     * The size of one of x's dimensions when the step runs: what a network needs where the static shape says
     * {@link Shape#UNKNOWN} (an input fed with batches of any size). The default counts ones along the axis.
     *
     * @param x a tensor
     * @param axis the dimension, negative counted from the end
     * @return the size, a FLOAT32 scalar
     * @throws org.gan4j.api.GanException when x has no such axis
     */
    default Tensor dynamicSize(Tensor x, int axis) {
        int rank = x.shape().rank();
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw new GanException("axis " + axis + " is out of range for a tensor of rank " + rank + " " + x.shape());
        }
        // x > x is false for every value, NaN included: ones of x's shape
        Tensor ones = where(greater(x, x), constant(0), constant(1));
        int[] others = java.util.stream.IntStream.range(0, rank).filter(i -> i != a).toArray();
        Tensor alongAxis = others.length == 0 ? ones : mean(ones, others);
        return cast(sum(alongAxis), DType.FLOAT32);
    }

    /**
     * @param parts tensors equal in every dimension but {@code axis}
     * @param axis the dimension to join along
     * @return the parts joined
     */
    Tensor concat(List<Tensor> parts, int axis);

    /**
     * Joins tensors of one shape along a new leading axis: {@code stack([a, b])[1] == b}. The default is
     * {@link #concat} of the parts reshaped to [1, …]; backends may do it in one node.
     *
     * @param parts tensors of one fully defined shape, at least one
     * @return a tensor of shape [parts.size(), …shape]
     */
    default Tensor stack(List<Tensor> parts) {
        if (parts.isEmpty()) {
            throw new GanException("stack needs at least one tensor");
        }
        Shape leading = parts.get(0).shape().prepend(1);
        return concat(parts.stream().map(p -> reshape(p, leading)).toList(), 0);
    }

    /**
     * Splits a tensor into its slices along one axis, the inverse of {@link #stack} for axis 0. The default
     * masks x with a one-hot of the axis and sums it away, two nodes per slice; backends may do it in one node.
     *
     * @param x a tensor whose dimension {@code axis} is known
     * @param axis the axis to split along; negative counts from the end
     * @return x.shape()[axis] tensors, each of x's shape without that axis
     */
    default List<Tensor> unstack(Tensor x, int axis) {
        int rank = x.shape().rank();
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank || x.shape().size(a) == Shape.UNKNOWN) {
            throw new GanException("unstack along axis " + axis + " needs that dimension known, got a tensor of shape "
                    + x.shape());
        }
        int n = (int) x.shape().size(a);
        long[] maskDims = new long[rank];
        Arrays.fill(maskDims, 1);
        maskDims[a] = n;
        List<Tensor> slices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] oneHot = new double[n];
            oneHot[i] = 1;
            slices.add(sum(mul(x, cast(constant(HostTensor.of(Shape.of(maskDims), oneHot)), x.dtype())), a));
        }
        return slices;
    }

    /**
     * @param tensors tensors of any shapes, at least one
     * @return Σ over all their elements of x², a scalar (‖·‖² of the tensors taken together, as for a gradient
     *     norm); backends may compute it in one pass per tensor
     */
    default Tensor sumOfSquares(List<? extends Tensor> tensors) {
        Tensor total = sum(square(tensors.get(0)));
        for (Tensor x : tensors.subList(1, tensors.size())) {
            total = add(total, sum(square(x)));
        }
        return total;
    }

    // ---- fused update rules

    /**
     * One Adam step for one parameter tensor (Kingma &amp; Ba, ICLR 2015, Algorithm 1, efficient form of §2):
     * <pre>
     * m' = β1·m + (1 − β1)·g
     * v' = β2·v + (1 − β2)·g²
     * θ' = θ − η·√(1 − β2^t)/(1 − β1^t) · m' / (√v' + ε)
     * </pre>
     * The results are ordinary values. When one step assigns exactly these three values to θ, m and v, a backend
     * may apply them with a single fused kernel; as for every assignment, that happens after every read of the
     * step. The default composes the formula from the other ops.
     *
     * @param theta the parameter θ
     * @param m the first-moment state
     * @param v the second-moment state
     * @param gradient g
     * @param learningRate η
     * @param beta1Power β1^t, a scalar
     * @param beta2Power β2^t, a scalar
     * @param beta1 β1
     * @param beta2 β2
     * @param epsilon ε
     * @return θ', m', v'
     */
    default List<Tensor> adamUpdate(Variable theta, Variable m, Variable v, Tensor gradient, Tensor learningRate,
            Tensor beta1Power, Tensor beta2Power, double beta1, double beta2, double epsilon) {
        Tensor newM = add(mul(m, constant(beta1)), mul(gradient, constant(1 - beta1)));
        Tensor newV = add(mul(v, constant(beta2)), mul(square(gradient), constant(1 - beta2)));
        Tensor stepSize = mul(div(sqrt(sub(constant(1), beta2Power)), sub(constant(1), beta1Power)), learningRate);
        Tensor direction = div(newM, add(sqrt(newV), constant(epsilon)));
        return List.of(sub(theta, mul(direction, stepSize)), newM, newV);
    }

    // ---- randomness (stateless and keyed, see the class comment)

    /**
     * @param shape a fully defined shape
     * @param stream the name of the random stream, for example {@code "noise"}
     * @return standard normal samples, FLOAT32
     */
    Tensor randomNormal(Shape shape, String stream);

    /**
     * @param shape a fully defined shape
     * @param stream the name of the random stream
     * @return samples uniform in [0, 1), FLOAT32
     */
    Tensor randomUniform(Shape shape, String stream);

    // ---- differentiation

    /**
     * @param x a tensor
     * @return x, through which no gradient flows
     */
    Tensor stopGradient(Tensor x);

    /**
     * The gradient of a scalar with respect to each tensor of {@code wrt}.
     *
     * <p>Where {@code y} does not depend on a tensor, its gradient is zeros of that tensor's shape. The result
     * can itself be differentiated (second order), as far as the backend has second-order gradients for the
     * ops on the path; a backend that lacks one fails here with a message naming the op.
     *
     * @param y a scalar
     * @param wrt variables or intermediate tensors
     * @return one gradient per element of {@code wrt}, in the same order and of the same shape
     */
    List<Tensor> gradients(Tensor y, List<? extends Tensor> wrt);
}
