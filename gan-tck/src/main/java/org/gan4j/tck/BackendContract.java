package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.gan4j.api.GanException;
import org.gan4j.api.Seeds;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.BackendProvider;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.ExportedFunction;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Padding;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of a {@link BackendProvider} and the {@link Backend} it creates, on top of {@link ProviderContract}:
 * every op of {@link Ops} against closed-form values; first and second derivatives against central finite
 * differences; static shapes and dtypes; variables, simultaneous assignments, feeds and keyed randomness as
 * {@link Computation} specifies them; and a {@link GanException} naming the culprit for each misuse.
 *
 * <pre>{@code
 * class MyBackendContractTest extends BackendContract {
 *     MyBackendContractTest() { super(new MyBackendProvider()); }
 * }
 * }</pre>
 * Expected values are computed here with {@link Math} from each op's definition in {@link Ops}, never by a backend.
 */
public abstract class BackendContract extends ProviderContract<BackendProvider> {
    private static final double EXACT = 1e-12;
    private static final double[] X = {1.5, -2.0, 0.25, 3.0};

    /** @param provider the provider under test */
    protected BackendContract(BackendProvider provider) {
        super(BackendProvider.class, provider);
    }

    /** @return the settings the backend is created with; none by default */
    protected Hyperparameters settings() {
        return Hyperparameters.empty();
    }

    /**
     * @return names of {@link DifferentiableOp ops} (as {@code "tanh"}, {@code "matmul"}) whose second derivative the
     *     backend does not have; their second-order checks are skipped, and {@code gradients} must then fail naming
     *     the op. None by default.
     */
    protected Set<String> opsWithoutSecondOrderGradients() {
        return Set.of();
    }

    private Computation open(long seed) {
        return provider().create(settings()).newComputation(seed);
    }

    private static Tensor vector(Ops ops, double... values) {
        return ops.constant(HostTensor.of(Shape.of(values.length), values));
    }

    private static double[] map(double[] x, DoubleUnaryOperator f) {
        return java.util.Arrays.stream(x).map(f).toArray();
    }

    @Test
    @DisplayName("elementwise arithmetic equals its definition, in float64")
    void elementwiseArithmetic() {
        double[] y = {0.5, 4.0, -0.5, 3.0};
        try (Computation c = open(1)) {
            Ops o = c.ops();
            Tensor x = vector(o, X);
            Tensor w = vector(o, y);
            assertThat(Fetch.doubles(c, o.add(x, w))).containsExactly(2.0, 2.0, -0.25, 6.0);
            assertThat(Fetch.doubles(c, o.sub(x, w))).containsExactly(1.0, -6.0, 0.75, 0.0);
            assertThat(Fetch.doubles(c, o.mul(x, w))).containsExactly(0.75, -8.0, -0.125, 9.0);
            assertThat(Fetch.doubles(c, o.div(x, w))).containsExactly(3.0, -0.5, -0.5, 1.0);
            assertThat(Fetch.doubles(c, o.divNoNan(x, vector(o, 2, 0, 0, -1)))).containsExactly(0.75, 0.0, 0.0, -3.0);
            assertThat(Fetch.doubles(c, o.neg(x))).containsExactly(-1.5, 2.0, -0.25, -3.0);
            assertThat(Fetch.doubles(c, o.square(x))).containsExactly(2.25, 4.0, 0.0625, 9.0);
            assertThat(Fetch.doubles(c, o.abs(x))).containsExactly(1.5, 2.0, 0.25, 3.0);
            assertThat(Fetch.doubles(c, o.floor(x))).containsExactly(1.0, -2.0, 0.0, 3.0);
            assertThat(Fetch.doubles(c, o.maximum(x, w))).containsExactly(1.5, 4.0, 0.25, 3.0);
            assertThat(Fetch.doubles(c, o.minimum(x, w))).containsExactly(0.5, -2.0, -0.5, 3.0);
            assertThat(Fetch.doubles(c, o.clip(x, -1, 2))).containsExactly(1.5, -1.0, 0.25, 2.0);
            double[] positive = {0.25, 1, 2, 9};
            assertThat(Fetch.doubles(c, o.sqrt(vector(o, positive)))).containsExactly(map(positive, Math::sqrt), within(EXACT));
            assertThat(Fetch.doubles(c, o.exp(x))).containsExactly(map(X, Math::exp), within(EXACT));
            assertThat(Fetch.doubles(c, o.log(vector(o, positive)))).containsExactly(map(positive, Math::log), within(EXACT));
        }
    }

    @Test
    @DisplayName("greater is 1 or 0 (NaN compares false); where takes each branch and no NaN leaks from the other")
    void comparisonAndChoice() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            Tensor x = vector(o, 1, -1, Double.NaN, 2);
            Tensor mask = o.greater(x, vector(o, 0, 0, 0, 2));
            assertThat(Fetch.doubles(c, mask)).containsExactly(1.0, 0.0, 0.0, 0.0);
            Tensor chosen = o.where(mask, vector(o, 10, Double.NaN, 30, 40), vector(o, Double.NaN, -20, -30, -40));
            assertThat(Fetch.doubles(c, chosen)).containsExactly(10.0, -20.0, -30.0, -40.0);
        }
    }

    @Test
    @DisplayName("activations equal their definitions; softplus and sigmoid stay finite at ±1000")
    void activations() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            Tensor x = vector(o, X);
            assertThat(Fetch.doubles(c, o.relu(x))).containsExactly(1.5, 0.0, 0.25, 3.0);
            assertThat(Fetch.doubles(c, o.leakyRelu(x, 0.2))).containsExactly(new double[] {1.5, -0.4, 0.25, 3.0}, within(EXACT));
            assertThat(Fetch.doubles(c, o.tanh(x))).containsExactly(map(X, Math::tanh), within(EXACT));
            assertThat(Fetch.doubles(c, o.sigmoid(x))).containsExactly(map(X, v -> 1 / (1 + Math.exp(-v))), within(EXACT));
            assertThat(Fetch.doubles(c, o.softplus(x))).containsExactly(map(X, v -> Math.log1p(Math.exp(v))), within(EXACT));
            Tensor extreme = vector(o, 1000, -1000);
            assertThat(Fetch.doubles(c, o.softplus(extreme))).containsExactly(new double[] {1000, 0}, within(EXACT));
            assertThat(Fetch.doubles(c, o.sigmoid(extreme))).containsExactly(new double[] {1, 0}, within(EXACT));
        }
    }

    @Test
    @DisplayName("matmul, biasAdd and NumPy broadcasting give the hand-computed values")
    void linearAlgebraAndBroadcasting() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            Tensor a = o.constant(HostTensor.of(Shape.of(2, 3), new double[] {1, 2, 3, 4, 5, 6}));
            Tensor b = o.constant(HostTensor.of(Shape.of(3, 2), new double[] {7, 8, 9, 10, 11, 12}));
            // [1 2 3; 4 5 6]·[7 8; 9 10; 11 12] = [58 64; 139 154]
            HostTensor product = Fetch.value(c, o.matmul(a, b));
            assertThat(product.shape()).isEqualTo(Shape.of(2, 2));
            assertThat(product.toDoubleArray()).containsExactly(58.0, 64.0, 139.0, 154.0);
            assertThat(Fetch.doubles(c, o.biasAdd(a, vector(o, 10, 20, 30)))).containsExactly(11.0, 22.0, 33.0, 14.0, 25.0, 36.0);
            assertThat(Fetch.doubles(c, o.add(a, vector(o, 10, 20, 30)))).containsExactly(11.0, 22.0, 33.0, 14.0, 25.0, 36.0);
            Tensor column = o.constant(HostTensor.of(Shape.of(2, 1), new double[] {100, 200}));
            assertThat(Fetch.doubles(c, o.mul(a, column))).containsExactly(100.0, 200.0, 300.0, 800.0, 1000.0, 1200.0);
            Tensor scalar = o.constant(HostTensor.of(Shape.scalar(), new double[] {2}));
            assertThat(Fetch.doubles(c, o.sub(a, scalar))).containsExactly(-1.0, 0.0, 1.0, 2.0, 3.0, 4.0);
        }
    }

    @Test
    @DisplayName("batchMatmul multiplies each pair of a batch (by hand), in the backend's ops and in Ops' composed default; "
            + "shapes that do not fit are refused, naming both")
    void batchMatmul() {
        try (Computation c = open(1)) {
            Ops backendOps = c.ops();
            // [1 2 3; 4 5 6]·[1; 0; −1] = [−2; −2] and [0 1 0; 2 0 1]·[2; 3; 4] = [3; 8]
            Tensor a = backendOps.constant(HostTensor.of(Shape.of(2, 2, 3), new double[] {1, 2, 3, 4, 5, 6, 0, 1, 0, 2, 0, 1}));
            Tensor b = backendOps.constant(HostTensor.of(Shape.of(2, 3, 1), new double[] {1, 0, -1, 2, 3, 4}));
            for (Ops o : List.of(backendOps, ComposedDefaults.of(backendOps, "batchMatmul"))) {
                HostTensor product = Fetch.value(c, o.batchMatmul(a, b));
                assertThat(product.shape()).isEqualTo(Shape.of(2, 2, 1));
                assertThat(product.toDoubleArray()).containsExactly(-2.0, -2.0, 3.0, 8.0);
                Tensor matrix = o.reshape(a, Shape.of(4, 3));
                assertThatThrownBy(() -> Fetch.value(c, o.batchMatmul(matrix, b))).isInstanceOf(GanException.class)
                        .hasMessageContaining("batchMatmul").hasMessageContaining("[4, 3]").hasMessageContaining("[2, 3, 1]");
                assertThatThrownBy(() -> Fetch.value(c, o.batchMatmul(a, a))).isInstanceOf(GanException.class)
                        .hasMessageContaining("batchMatmul").hasMessageContaining("[2, 2, 3]");
            }
        }
    }

    @Test
    @DisplayName("sum, mean and max reduce all axes or the given ones (negative from the end), removing them")
    void reductions() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            Tensor a = o.constant(HostTensor.of(Shape.of(2, 3), new double[] {1, -2, 3, 4, 5, -6}));
            assertThat(Fetch.value(c, o.sum(a)).shape()).isEqualTo(Shape.scalar());
            assertThat(Fetch.scalar(c, o.sum(a))).isEqualTo(5.0);
            assertThat(Fetch.scalar(c, o.mean(a))).isCloseTo(5.0 / 6, within(EXACT));
            assertThat(Fetch.scalar(c, o.max(a))).isEqualTo(5.0);
            assertThat(Fetch.doubles(c, o.sum(a, 0))).containsExactly(5.0, 3.0, -3.0);
            assertThat(Fetch.doubles(c, o.mean(a, -1))).containsExactly(new double[] {2.0 / 3, 1.0}, within(EXACT));
            assertThat(Fetch.doubles(c, o.max(a, 1))).containsExactly(3.0, 5.0);
            assertThat(Fetch.scalar(c, o.sumOfSquares(List.of(a, vector(o, 0.5))))).isEqualTo(91.25);
        }
    }

    @Test
    @DisplayName("reshape keeps row-major order and infers one unknown dimension; concat joins along an axis")
    void reshapeAndConcat() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            Tensor a = o.constant(HostTensor.of(Shape.of(2, 3), new double[] {1, 2, 3, 4, 5, 6}));
            HostTensor reshaped = Fetch.value(c, o.reshape(a, Shape.of(Shape.UNKNOWN, 2)));
            assertThat(reshaped.shape()).isEqualTo(Shape.of(3, 2));
            assertThat(reshaped.toDoubleArray()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
            HostTensor rows = Fetch.value(c, o.concat(List.of(a, a), 0));
            assertThat(rows.shape()).isEqualTo(Shape.of(4, 3));
            HostTensor columns = Fetch.value(c, o.concat(List.of(a, o.neg(a)), 1));
            assertThat(columns.shape()).isEqualTo(Shape.of(2, 6));
            assertThat(columns.toDoubleArray()).containsExactly(1.0, 2.0, 3.0, -1.0, -2.0, -3.0, 4.0, 5.0, 6.0, -4.0, -5.0, -6.0);
        }
    }

    @Test
    @DisplayName("stack adds a leading axis and unstack removes one, in the backend's ops and in Ops' composed defaults")
    void stackAndUnstack() {
        try (Computation c = open(1)) {
            Ops backendOps = c.ops();
            Tensor a = backendOps.constant(HostTensor.of(Shape.of(2, 3), new double[] {1, 2, 3, 4, 5, 6}));
            Tensor b = backendOps.neg(a);
            for (Ops o : List.of(backendOps, ComposedDefaults.of(backendOps, "stack", "unstack"))) {
                HostTensor stacked = Fetch.value(c, o.stack(List.of(a, b)));
                assertThat(stacked.shape()).isEqualTo(Shape.of(2, 2, 3));
                assertThat(stacked.toDoubleArray()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, -1.0, -2.0, -3.0, -4.0, -5.0, -6.0);
                List<Tensor> columns = o.unstack(a, -1);
                assertThat(columns).hasSize(3);
                assertThat(columns.get(1).shape()).isEqualTo(Shape.of(2));
                assertThat(Fetch.doubles(c, columns.get(1))).containsExactly(2.0, 5.0);
                List<Tensor> parts = o.unstack(o.stack(List.of(a, b)), 0);
                assertThat(Fetch.value(c, parts.get(1)).toDoubleArray()).containsExactly(-1.0, -2.0, -3.0, -4.0, -5.0, -6.0);
                assertThatThrownBy(() -> o.stack(List.of())).isInstanceOf(GanException.class).hasMessageContaining("stack");
                assertThatThrownBy(() -> o.unstack(a, 2)).isInstanceOf(GanException.class)
                        .hasMessageContaining("axis 2").hasMessageContaining("[2, 3]");
            }
        }
    }

    @Test
    @DisplayName("a weight is itself on the backend's ops; a withWeights view, the backend's and Ops' default, gives the "
            + "view's value, adds to the same graph and keeps fused updates")
    void weightViews() {
        try (Computation c = open(1)) {
            Ops backendOps = c.ops();
            Variable w = backendOps.variable("w", Shape.of(2), Initializer.constant(3f), true);
            assertThat(Fetch.doubles(c, backendOps.mul(backendOps.weight(w), backendOps.constant(1)))).containsExactly(3.0, 3.0);
            for (Ops o : List.of(backendOps, ComposedDefaults.of(backendOps, "withWeights"))) {
                Ops view = o.withWeights(v -> backendOps.mul(v, backendOps.constant(2)));
                // 2w from the view, plus the backend's own w: one graph, 6 + 3
                assertThat(Fetch.doubles(c, view.add(view.weight(w), backendOps.weight(w)))).containsExactly(9.0, 9.0);
                Ops nested = view.withWeights(v -> backendOps.neg(v));
                assertThat(Fetch.doubles(c, nested.weight(w))).as("a view of a view uses the new function").containsExactly(-3.0, -3.0);
            }
        }
    }

    @Test
    @DisplayName("traced tensors carry the static shapes and dtypes the ops define; an input's unknown dimension stays unknown")
    void staticShapesAndDtypes() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            Tensor batch = c.input("batch", Shape.of(Shape.UNKNOWN, 3), DType.FLOAT32);
            assertThat(batch.shape()).isEqualTo(Shape.of(Shape.UNKNOWN, 3));
            Variable w = o.variable("w", Shape.of(3, 4), Initializer.zeros(), true);
            assertThat(w.dtype()).isEqualTo(DType.FLOAT32);
            assertThat(w.trainable()).isTrue();
            assertThat(w.name()).isEqualTo("w");
            Tensor h = o.matmul(batch, w);
            assertThat(h.shape()).isEqualTo(Shape.of(Shape.UNKNOWN, 4));
            assertThat(o.sum(h, 1).shape()).isEqualTo(Shape.of(Shape.UNKNOWN));
            assertThat(o.mean(h).shape()).isEqualTo(Shape.scalar());
            assertThat(o.constant(1.5).dtype()).isEqualTo(DType.FLOAT32);
            assertThat(o.constant(1.5).shape()).isEqualTo(Shape.scalar());
            Tensor doubles = o.cast(h, DType.FLOAT64);
            assertThat(doubles.dtype()).isEqualTo(DType.FLOAT64);
            assertThat(o.tanh(doubles).dtype()).isEqualTo(DType.FLOAT64);
            assertThat(o.randomNormal(Shape.of(5), "z").dtype()).isEqualTo(DType.FLOAT32);
            assertThat(o.gradients(o.sum(h), List.of(w)).get(0).shape()).isEqualTo(Shape.of(3, 4));
        }
    }

    @Test
    @DisplayName("cast converts float32 to float64 and back, rounding to nearest")
    void cast() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            Tensor third = vector(o, 1.0 / 3);
            HostTensor single = Fetch.value(c, o.cast(third, DType.FLOAT32));
            assertThat(single.dtype()).isEqualTo(DType.FLOAT32);
            assertThat(single.get(0)).isEqualTo((double) (float) (1.0 / 3));
            assertThat(Fetch.value(c, o.cast(o.constant(0.5), DType.FLOAT64)).dtype()).isEqualTo(DType.FLOAT64);
        }
    }

    @Test
    @DisplayName("adamUpdate returns Kingma & Ba's θ', m', v' (by hand for one element)")
    void adamUpdate() {
        try (Computation c = open(3)) {
            Ops o = c.ops();
            Variable theta = o.variable("theta", Shape.of(1), Initializer.constant(1f), true);
            Variable m = o.variable("m", Shape.of(1), Initializer.constant(0.1f), false);
            Variable v = o.variable("v", Shape.of(1), Initializer.constant(0.2f), false);
            List<Tensor> next = o.adamUpdate(theta, m, v, o.constant(HostTensor.of(Shape.of(1), new float[] {0.5f})),
                    o.constant(0.01), o.constant(0.81), o.constant(0.998001), 0.9, 0.999, 1e-8);
            Map<String, HostTensor> out = c.run(c.compile(new StepDefinition("adam", List.of(new Assignment(theta, next.get(0)),
                    new Assignment(m, next.get(1)), new Assignment(v, next.get(2))), Map.of())), Map.of(), 0);
            assertThat(out).isEmpty();
            // m' = 0.9·0.1 + 0.1·0.5 = 0.14; v' = 0.999·0.2 + 0.001·0.25 = 0.20005
            double mNew = 0.9 * (double) 0.1f + 0.1 * 0.5;
            double vNew = 0.999 * (double) 0.2f + 0.001 * 0.25;
            double step = 0.01 * Math.sqrt(1 - 0.998001) / (1 - 0.81) * mNew / (Math.sqrt(vNew) + 1e-8);
            assertThat(c.read(m).get(0)).isCloseTo(0.14, within(1e-7));
            assertThat(c.read(v).get(0)).isCloseTo(0.20005, within(1e-7));
            assertThat(c.read(theta).get(0)).isCloseTo(1 - step, within(1e-6));
        }
    }

    private static Tensor tensor(Ops ops, int[] dims, double[] values) {
        return ops.constant(HostTensor.of(Shape.of(java.util.Arrays.stream(dims).asLongStream().toArray()), values));
    }

    @Test
    @DisplayName("conv2d is the cross-correlation of its definition: by hand, and SAME/VALID, stride 1/2 against loops (float64)")
    void conv2dEqualsItsDefinition() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            // [1 2 3; 4 5 6; 7 8 9] with a 2×2 kernel of ones, VALID: the sums of each 2×2 window
            Tensor small = tensor(o, new int[] {1, 3, 3, 1}, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
            Tensor ones = tensor(o, new int[] {2, 2, 1, 1}, new double[] {1, 1, 1, 1});
            HostTensor window = Fetch.value(c, o.conv2d(small, ones, 1, Padding.VALID));
            assertThat(window.shape()).isEqualTo(Shape.of(1, 2, 2, 1));
            assertThat(window.toDoubleArray()).containsExactly(12.0, 16.0, 24.0, 28.0);
            int[] xDims = {2, 5, 5, 2};
            int[] kDims = {3, 3, 2, 3};
            double[] x = ConvolutionReference.values(2 * 5 * 5 * 2, 1);
            double[] k = ConvolutionReference.values(3 * 3 * 2 * 3, 2);
            for (int stride : new int[] {1, 2}) {
                for (Padding padding : Padding.values()) {
                    boolean same = padding == Padding.SAME;
                    HostTensor y = Fetch.value(c, o.conv2d(tensor(o, xDims, x), tensor(o, kDims, k), stride, padding));
                    int[] dims = ConvolutionReference.outputDims(xDims, kDims, stride, same);
                    assertThat(y.shape().dims()).as(padding + " stride " + stride)
                            .containsExactly(java.util.Arrays.stream(dims).asLongStream().toArray());
                    assertThat(y.toDoubleArray()).as(padding + " stride " + stride)
                            .containsExactly(ConvolutionReference.conv2d(x, xDims, k, kDims, stride, same), within(1e-12));
                }
            }
        }
    }

    @Test
    @DisplayName("conv2dTranspose is conv2d's adjoint, <conv(x, K), y> = <x, convT(y, K)>, with the documented sizes (float64)")
    void conv2dTransposeIsTheAdjoint() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            // one input pixel 2 scatters 2·K: [2 4; 6 8]
            HostTensor scatter = Fetch.value(c, o.conv2dTranspose(tensor(o, new int[] {1, 1, 1, 1}, new double[] {2}),
                    tensor(o, new int[] {2, 2, 1, 1}, new double[] {1, 2, 3, 4}), 1, Padding.VALID));
            assertThat(scatter.shape()).isEqualTo(Shape.of(1, 2, 2, 1));
            assertThat(scatter.toDoubleArray()).containsExactly(2.0, 4.0, 6.0, 8.0);
            int[] kDims = {3, 3, 2, 3};
            double[] k = ConvolutionReference.values(3 * 3 * 2 * 3, 3);
            for (Padding padding : Padding.values()) {
                int side = padding == Padding.SAME ? 6 : 7; // SAME: 3·2; VALID: (3 − 1)·2 + 3
                int[] xDims = {2, side, side, 2};
                int[] yDims = {2, 3, 3, 3};
                double[] x = ConvolutionReference.values(2 * side * side * 2, 4);
                double[] y = ConvolutionReference.values(2 * 3 * 3 * 3, 5);
                HostTensor back = Fetch.value(c, o.conv2dTranspose(tensor(o, yDims, y), tensor(o, kDims, k), 2, padding));
                assertThat(back.shape()).as(padding.name()).isEqualTo(Shape.of(2, side, side, 2));
                double[] forward = ConvolutionReference.conv2d(x, xDims, k, kDims, 2, padding == Padding.SAME);
                double left = 0;
                for (int i = 0; i < forward.length; i++) {
                    left += forward[i] * y[i];
                }
                double right = 0;
                double[] b = back.toDoubleArray();
                for (int i = 0; i < x.length; i++) {
                    right += x[i] * b[i];
                }
                assertThat(right).as(padding.name()).isCloseTo(left, within(1e-10));
            }
        }
    }

    @Test
    @DisplayName("batchNormalization normalizes each channel with the batch mean and biased variance (float32 fused, float64)")
    void batchNormalizationEqualsItsDefinition() {
        double[] x = ConvolutionReference.values(2 * 2 * 3 * 2, 6);
        double[] scale = {1.5, -0.5};
        double[] offset = {0.25, 2};
        double epsilon = 1e-3;
        double[] mean = new double[2];
        double[] variance = new double[2];
        for (int i = 0; i < x.length; i++) {
            mean[i % 2] += x[i] / 12;
        }
        for (int i = 0; i < x.length; i++) {
            variance[i % 2] += (x[i] - mean[i % 2]) * (x[i] - mean[i % 2]) / 12;
        }
        double[] expected = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            expected[i] = (x[i] - mean[i % 2]) / Math.sqrt(variance[i % 2] + epsilon) * scale[i % 2] + offset[i % 2];
        }
        for (DType type : DType.values()) {
            for (int[] dims : new int[][] {{2, 2, 3, 2}, {12, 2}}) {
                try (Computation c = open(1)) {
                    Ops o = c.ops();
                    List<Tensor> bn = o.batchNormalization(o.cast(tensor(o, dims, x), type), o.cast(vector(o, scale), type),
                            o.cast(vector(o, offset), type), epsilon);
                    double tolerance = type == DType.FLOAT64 ? 1e-12 : 1e-5;
                    String what = type + " " + java.util.Arrays.toString(dims);
                    assertThat(bn.get(0).shape()).as(what).isEqualTo(Shape.of(java.util.Arrays.stream(dims).asLongStream().toArray()));
                    assertThat(Fetch.doubles(c, bn.get(0))).as(what + " y").containsExactly(expected, within(tolerance));
                    assertThat(Fetch.doubles(c, bn.get(1))).as(what + " mean").containsExactly(mean, within(tolerance));
                    assertThat(Fetch.doubles(c, bn.get(2))).as(what + " variance").containsExactly(variance, within(tolerance));
                }
            }
        }
    }

    /** @return whether the backend exports and loads functions ({@link Computation#export}); true by default */
    protected boolean exports() {
        return true;
    }

    @Test
    @DisplayName("an exported function, loaded back, gives exactly the outputs the computation gives, for any batch size")
    void exportedFunctionsReproduceTheirOutputs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assumeTrue(exports(), "the backend declares that it does not export");
        Backend backend = provider().create(settings());
        float[] z = {0.5f, -1, 2, 0.25f, -0.75f, 1.5f};
        float[] expected;
        try (Computation c = backend.newComputation(4)) {
            Ops o = c.ops();
            Tensor input = c.input("z", Shape.of(Shape.UNKNOWN, 2), DType.FLOAT32);
            Variable w = o.variable("w", Shape.of(2, 3), Initializer.glorotUniform(), true);
            Tensor y = o.tanh(o.matmul(input, w));
            CompiledStep step = c.compile(new StepDefinition("f", List.of(), Map.of("y", y)));
            expected = c.run(step, Map.of(input, HostTensor.of(Shape.of(3, 2), z)), 0).get("y").toFloatArray();
            c.export(dir.resolve("f"), "f", Map.of("z", input), Map.of("y", y));
        }
        try (ExportedFunction f = backend.load(dir.resolve("f"), "f")) {
            HostTensor out = f.call(Map.of("z", HostTensor.of(Shape.of(3, 2), z))).get("y");
            assertThat(out.shape()).isEqualTo(Shape.of(3, 3));
            assertThat(out.toFloatArray()).containsExactly(expected);
            float[] first = java.util.Arrays.copyOf(z, 2);
            assertThat(f.call(Map.of("z", HostTensor.of(Shape.of(1, 2), first))).get("y").toFloatArray())
                    .containsExactly(java.util.Arrays.copyOf(expected, 3));
        }
        assertThatThrownBy(() -> backend.load(dir.resolve("f"), "g")).isInstanceOf(GanException.class)
                .hasMessageContaining("'g'");
    }

    @TestFactory
    @DisplayName("first derivatives of every op match central finite differences (float64)")
    Stream<DynamicTest> firstOrderGradients() {
        return DifferentiableOp.all().stream().map(op -> DynamicTest.dynamicTest(op.name(), () -> {
            try (GradientCheck check = new GradientCheck(provider().create(settings()), op, false, DifferentiableOp.POINT)) {
                assertThat(check.gradient(DifferentiableOp.POINT)).as("∂Σ" + op.name() + "/∂x")
                        .containsExactly(check.numericGradient(DifferentiableOp.POINT), within(1e-6));
            }
        }));
    }

    @TestFactory
    @DisplayName("second derivatives (Hessian-vector products) of every op match finite differences of the gradient")
    Stream<DynamicTest> secondOrderGradients() {
        double[] direction = {0.3, -0.8, 0.5, 0.1, -0.6, 0.9};
        return DifferentiableOp.all().stream().map(op -> DynamicTest.dynamicTest(op.name(), () -> {
            if (opsWithoutSecondOrderGradients().contains(op.name())) {
                assertThatThrownBy(() -> new GradientCheck(provider().create(settings()), op, true, direction).close())
                        .as("a missing second derivative fails when traced").isInstanceOf(GanException.class);
                assumeFalse(true, "the backend declares no second derivative for " + op.name());
            }
            try (GradientCheck check = new GradientCheck(provider().create(settings()), op, true, direction)) {
                assertThat(check.hessianTimesDirection(DifferentiableOp.POINT)).as("H·v of Σ" + op.name())
                        .containsExactly(check.numericHessianTimesDirection(DifferentiableOp.POINT), within(1e-5));
            }
        }));
    }

    @Test
    @DisplayName("the gradient is zero where y does not depend on x, and stopGradient passes none")
    void zeroAndStoppedGradients() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            Tensor x = vector(o, 1.5, -2);
            Tensor unrelated = vector(o, 1, 2, 3);
            Tensor y = o.sum(o.mul(x, o.stopGradient(o.square(x))));
            // d/dx of x·sg(x²) is sg(x²) = x², not 3x²
            assertThat(Fetch.doubles(c, o.gradients(y, List.of(x)).get(0))).containsExactly(2.25, 4.0);
            assertThat(Fetch.doubles(c, o.gradients(y, List.of(unrelated)).get(0))).containsExactly(0.0, 0.0, 0.0);
        }
    }

    @Test
    @DisplayName("a variable starts from its initializer, called with SplittableRandom(Seeds.derive(seed, \"init:\" + name))")
    void variablesStartFromTheirInitializer() {
        long seed = 11;
        long expected = new SplittableRandom(Seeds.derive(seed, "init:w")).nextLong();
        try (Computation c = open(seed)) {
            Initializer recordsItsRandom = (shape, random) -> HostTensor.of(shape, new double[] {random.nextLong() % 1000, 2, 3});
            Variable w = c.ops().variable("w", Shape.of(3), recordsItsRandom, true);
            Variable z = c.ops().variable("z", Shape.of(2, 2), Initializer.constant(0.25f), false);
            assertThat(c.variables()).containsExactly(w, z);
            assertThat(c.read(w).toDoubleArray()).containsExactly((float) (expected % 1000), 2.0, 3.0);
            assertThat(c.read(z).toDoubleArray()).containsExactly(0.25, 0.25, 0.25, 0.25);
            assertThat(z.trainable()).isFalse();
            c.write(z, HostTensor.of(Shape.of(2, 2), new float[] {1, 2, 3, 4}));
            assertThat(c.read(z).toDoubleArray()).containsExactly(1.0, 2.0, 3.0, 4.0);
        }
    }

    @Test
    @DisplayName("a step's fetches and assigned values see the variables as they were when it started (a swap works)")
    void assignmentsAreSimultaneous() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            Variable a = o.variable("a", Shape.scalar(), Initializer.constant(1), true);
            Variable b = o.variable("b", Shape.scalar(), Initializer.constant(10), true);
            CompiledStep swap = c.compile(new StepDefinition("swap",
                    List.of(new Assignment(a, b), new Assignment(b, o.add(a, o.constant(1)))), Map.of("a", a, "b", b)));
            assertThat(swap.name()).isEqualTo("swap");
            assertThat(swap.fetchNames()).containsExactlyInAnyOrder("a", "b");
            Map<String, HostTensor> first = c.run(swap, Map.of(), 0);
            assertThat(first.get("a").scalarValue()).isEqualTo(1.0);
            assertThat(first.get("b").scalarValue()).isEqualTo(10.0);
            assertThat(c.read(a).scalarValue()).isEqualTo(10.0);
            assertThat(c.read(b).scalarValue()).isEqualTo(2.0);
        }
    }

    @Test
    @DisplayName("an input takes each run's fed value; an unknown batch dimension takes the fed size")
    void inputsAreFed() {
        try (Computation c = open(1)) {
            Tensor in = c.input("in", Shape.of(Shape.UNKNOWN, 2), DType.FLOAT32);
            CompiledStep step = c.compile(new StepDefinition("sum", List.of(), Map.of("s", c.ops().sum(in, 0))));
            assertThat(c.run(step, Map.of(in, HostTensor.of(Shape.of(1, 2), new float[] {1, 2})), 0).get("s").toDoubleArray())
                    .containsExactly(1.0, 2.0);
            assertThat(c.run(step, Map.of(in, HostTensor.of(Shape.of(3, 2), new float[] {1, 2, 3, 4, 5, 6})), 0).get("s")
                    .toDoubleArray()).containsExactly(9.0, 12.0);
        }
    }

    @Test
    @DisplayName("dynamicSize gives a dimension's size when the step runs (the fed batch size), in the backend's ops and "
            + "in Ops' composed default, NaN elements included; a missing axis is refused")
    void dynamicSizes() {
        try (Computation c = open(1)) {
            Tensor in = c.input("in", Shape.of(Shape.UNKNOWN, 2), DType.FLOAT32);
            for (Ops o : List.of(c.ops(), ComposedDefaults.of(c.ops(), "dynamicSize"))) {
                CompiledStep step = c.compile(new StepDefinition("size", List.of(), Map.of("rows", o.dynamicSize(in, 0),
                        "columns", o.dynamicSize(in, -1))));
                Map<String, HostTensor> got = c.run(step, Map.of(in, HostTensor.of(Shape.of(3, 2),
                        new float[] {1, Float.NaN, 3, 4, Float.POSITIVE_INFINITY, 6})), 0);
                assertThat(got.get("rows").scalarValue()).isEqualTo(3.0);
                assertThat(got.get("columns").scalarValue()).isEqualTo(2.0);
                assertThat(c.run(step, Map.of(in, HostTensor.zeros(Shape.of(5, 2))), 0).get("rows").scalarValue()).isEqualTo(5.0);
                assertThatThrownBy(() -> o.dynamicSize(in, 2)).isInstanceOf(GanException.class).hasMessageContaining("axis 2");
            }
        }
    }

    @Test
    @DisplayName("random draws are a function of seed, stream, creation order and tick only")
    void randomnessIsKeyed() {
        float[][] draws = new float[2][];
        for (int i = 0; i < 2; i++) {
            try (Computation c = open(42)) {
                Tensor first = c.ops().randomNormal(Shape.of(4), "z");
                Tensor second = c.ops().randomNormal(Shape.of(4), "z");
                Tensor other = c.ops().randomNormal(Shape.of(4), "other");
                CompiledStep step = c.compile(new StepDefinition("z", List.of(), Map.of("a", first, "b", second, "o", other)));
                Map<String, HostTensor> at7 = c.run(step, Map.of(), 7);
                Map<String, HostTensor> again = c.run(step, Map.of(), 7);
                Map<String, HostTensor> at8 = c.run(step, Map.of(), 8);
                assertThat(again).as("same tick, same draws").isEqualTo(at7);
                assertThat(at8.get("a")).as("another tick").isNotEqualTo(at7.get("a"));
                assertThat(at7.get("b")).as("the stream's second op").isNotEqualTo(at7.get("a"));
                assertThat(at7.get("o")).as("another stream").isNotEqualTo(at7.get("a"));
                draws[i] = at7.get("a").toFloatArray();
            }
        }
        assertThat(draws[1]).as("a new computation with the same seed").containsExactly(draws[0]);
        try (Computation c = open(43)) {
            Tensor z = c.ops().randomNormal(Shape.of(4), "z");
            assertThat(Fetch.value(c, z).toFloatArray()).as("another seed").isNotEqualTo(draws[0]);
        }
    }

    /** Means of n = 100,000 draws lie within 6 standard errors (σ/√n) of the distribution's. */
    @Test
    @DisplayName("randomNormal has mean 0 and variance 1; randomUniform lies in [0, 1) with mean 1/2")
    void randomDistributions() {
        int n = 100_000;
        try (Computation c = open(5)) {
            double[] normal = Fetch.doubles(c, c.ops().randomNormal(Shape.of(n), "normal"));
            double[] uniform = Fetch.doubles(c, c.ops().randomUniform(Shape.of(n), "uniform"));
            double mean = java.util.Arrays.stream(normal).average().orElseThrow();
            double variance = java.util.Arrays.stream(normal).map(v -> (v - mean) * (v - mean)).sum() / (n - 1);
            assertThat(mean).isCloseTo(0, within(6 / Math.sqrt(n)));
            assertThat(variance).isCloseTo(1, within(6 * Math.sqrt(2.0 / n)));
            assertThat(java.util.Arrays.stream(uniform).allMatch(u -> u >= 0 && u < 1)).as("every uniform draw in [0, 1)").isTrue();
            assertThat(java.util.Arrays.stream(uniform).average().orElseThrow()).isCloseTo(0.5, within(6 * Math.sqrt(1.0 / 12 / n)));
        }
    }

    @Test
    @DisplayName("misuse is refused with a GanException naming the culprit: a taken or malformed variable name")
    void badVariableNames() {
        try (Computation c = open(1)) {
            c.ops().variable("w", Shape.of(2), Initializer.zeros(), true);
            assertThatThrownBy(() -> c.ops().variable("w", Shape.of(2), Initializer.zeros(), true))
                    .isInstanceOf(GanException.class).hasMessageContaining("'w'");
            assertThatThrownBy(() -> c.ops().variable("a/b", Shape.of(2), Initializer.zeros(), true))
                    .isInstanceOf(GanException.class).hasMessageContaining("'a/b'");
        }
    }

    @Test
    @DisplayName("misuse is refused with a GanException: gradients of a non-scalar; matmul of mismatched shapes")
    void badTracing() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            Tensor v = vector(o, 1, 2);
            assertThatThrownBy(() -> o.gradients(v, List.of(v))).isInstanceOf(GanException.class).hasMessageContaining("scalar");
            Tensor a = o.constant(HostTensor.of(Shape.of(2, 3), new double[6]));
            assertThatThrownBy(() -> Fetch.value(c, o.matmul(a, a))).isInstanceOf(GanException.class).hasMessageContaining("matmul");
        }
    }

    @Test
    @DisplayName("misuse is refused with a GanException naming the variable: an assignment or a write of the wrong shape")
    void badShapesOfState() {
        try (Computation c = open(1)) {
            Ops o = c.ops();
            Variable s = o.variable("s", Shape.of(3), Initializer.zeros(), true);
            Tensor two = vector(o, 1, 2);
            assertThatThrownBy(() -> c.compile(new StepDefinition("bad", List.of(new Assignment(s, two)), Map.of())))
                    .isInstanceOf(GanException.class).hasMessageContaining("'s'");
            assertThatThrownBy(() -> c.write(s, HostTensor.of(Shape.of(2), new float[] {1, 2})))
                    .isInstanceOf(GanException.class).hasMessageContaining("'s'");
        }
    }

    @Test
    @DisplayName("misuse is refused with a GanException naming the input: a run without a value for an input it needs")
    void missingFeed() {
        try (Computation c = open(1)) {
            Tensor in = c.input("images", Shape.of(2), DType.FLOAT32);
            CompiledStep step = c.compile(new StepDefinition("needs-input", List.of(), Map.of("s", c.ops().sum(in))));
            assertThatThrownBy(() -> c.run(step, Map.of(), 0)).isInstanceOf(GanException.class).hasMessageContaining("images");
        }
    }
}
