package org.gan4j.tf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gan4j.api.GanException;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TfComputationTest {

    private static HostTensor fetch(Computation c, Tensor t) {
        CompiledStep step = c.compile(new StepDefinition("eval", List.of(), Map.of("t", t)));
        return c.run(step, Map.of(), 0).get("t");
    }

    @Test
    @DisplayName("ops compute their closed forms")
    void opsMatchClosedForms() {
        try (Computation c = new TfBackend().newComputation(1)) {
            Ops ops = c.ops();
            Tensor x = ops.constant(HostTensor.of(Shape.of(2, 2), new float[] {1, -2, 3, 4}));
            Tensor w = ops.constant(HostTensor.of(Shape.of(2, 1), new float[] {0.5f, -1}));
            assertThat(fetch(c, ops.matmul(x, w)).toFloatArray()).containsExactly(2.5f, -2.5f);
            assertThat(fetch(c, ops.sum(x)).scalarValue()).isEqualTo(6.0);
            // 1 + 4 + 9 + 16 + 0.25 + 1
            assertThat(fetch(c, ops.sumOfSquares(List.of(x, w))).scalarValue()).isEqualTo(31.25);
            assertThat(fetch(c, ops.mean(x, 0)).toFloatArray()).containsExactly(2f, 1f);
            assertThat(fetch(c, ops.max(x, -1)).toFloatArray()).containsExactly(1f, 4f);
            assertThat(fetch(c, ops.relu(x)).toFloatArray()).containsExactly(1f, 0f, 3f, 4f);
            assertThat(fetch(c, ops.leakyRelu(x, 0.2)).toFloatArray()).containsExactly(1f, -0.4f, 3f, 4f);
            assertThat(fetch(c, ops.clip(x, -1, 2)).toFloatArray()).containsExactly(1f, -1f, 2f, 2f);
            assertThat(fetch(c, ops.softplus(ops.constant(0))).scalarValue()).isCloseTo(Math.log(2), within(1e-6));
            // softplus(100) = 100 + log1p(e^-100): no overflow
            assertThat(fetch(c, ops.softplus(ops.constant(100))).scalarValue()).isEqualTo(100.0);
            assertThat(fetch(c, ops.sigmoid(ops.constant(0))).scalarValue()).isEqualTo(0.5);
            assertThat(fetch(c, ops.biasAdd(x, ops.constant(HostTensor.of(Shape.of(2), new float[] {10, 20}))))
                    .toFloatArray()).containsExactly(11f, 18f, 13f, 24f);
            assertThat(fetch(c, ops.reshape(x, Shape.of(4, -1))).shape()).isEqualTo(Shape.of(4, 1));
            assertThat(fetch(c, ops.concat(List.of(x, x), 1)).shape()).isEqualTo(Shape.of(2, 4));
        }
    }

    @Test
    @DisplayName("gradients of x^2 + 3x are 2x + 3, also second order, and zero where y does not depend on x")
    void gradients() {
        try (Computation c = new TfBackend().newComputation(1)) {
            Ops ops = c.ops();
            Tensor x = ops.constant(HostTensor.of(Shape.of(2), new double[] {1.5, -2}));
            Tensor y = ops.sum(ops.add(ops.square(x), ops.mul(x, ops.constant(3))));
            Tensor dx = ops.gradients(y, List.of(x)).get(0);
            assertThat(dx.dtype()).isEqualTo(DType.FLOAT64);
            assertThat(fetch(c, dx).toDoubleArray()).containsExactly(6.0, -1.0);
            Tensor d2 = ops.gradients(ops.sum(dx), List.of(x)).get(0);
            assertThat(fetch(c, d2).toDoubleArray()).containsExactly(2.0, 2.0);
            Tensor unrelated = ops.constant(HostTensor.of(Shape.of(3), new double[] {1, 2, 3}));
            assertThat(fetch(c, ops.gradients(y, List.of(unrelated)).get(0)).toDoubleArray()).containsExactly(0, 0, 0);
        }
    }

    @Test
    @DisplayName("assignments see the values of the step's start, even when one depends on another's target")
    void assignmentsAreSimultaneous() {
        try (Computation c = new TfBackend().newComputation(1)) {
            Ops ops = c.ops();
            Variable a = ops.variable("a", Shape.scalar(), Initializer.constant(1), true);
            Variable b = ops.variable("b", Shape.scalar(), Initializer.constant(10), true);
            // swap: a <- b, b <- a + 1
            CompiledStep swap = c.compile(new StepDefinition("swap",
                    List.of(new Assignment(a, b), new Assignment(b, ops.add(a, ops.constant(1)))), Map.of("a", a)));
            for (int i = 0; i < 50; i++) {
                c.run(swap, Map.of(), i);
            }
            // 50 swaps: each pair adds 1 to both, so a = 1 + 25, b = 10 + 25
            assertThat(c.read(a).scalarValue()).isEqualTo(26.0);
            assertThat(c.read(b).scalarValue()).isEqualTo(35.0);
            assertThat(c.run(swap, Map.of(), 0).get("a").scalarValue()).isEqualTo(26.0);
        }
    }

    @Test
    @DisplayName("a fused Adam update gives the composed formula's values, and is used only when all three are assigned")
    void fusedAdamMatchesFormula() {
        try (Computation c = new TfBackend().newComputation(3)) {
            Ops ops = c.ops();
            Variable theta = ops.variable("theta", Shape.of(3), Initializer.glorotUniform(), true);
            Variable m = ops.variable("m", Shape.of(3), Initializer.constant(0.1f), false);
            Variable v = ops.variable("v", Shape.of(3), Initializer.constant(0.2f), false);
            Tensor g = ops.constant(HostTensor.of(Shape.of(3), new float[] {0.5f, -1f, 2f}));
            List<Tensor> next = ops.adamUpdate(theta, m, v, g, ops.constant(0.01), ops.constant(0.9 * 0.9), ops.constant(0.999 * 0.999),
                    0.9, 0.999, 1e-8);
            // The fetched values are the composed formula; the assignments run the fused kernel.
            CompiledStep fused = c.compile(new StepDefinition("fused", List.of(new Assignment(theta, next.get(0)),
                    new Assignment(m, next.get(1)), new Assignment(v, next.get(2))),
                    Map.of("theta", next.get(0), "m", next.get(1), "v", next.get(2))));
            float[] before = c.read(theta).toFloatArray();
            Map<String, HostTensor> composed = c.run(fused, Map.of(), 0);
            assertThat(c.read(theta).toFloatArray()).containsExactly(composed.get("theta").toFloatArray(), within(1e-7f));
            assertThat(c.read(m).toFloatArray()).containsExactly(composed.get("m").toFloatArray(), within(1e-7f));
            assertThat(c.read(v).toFloatArray()).containsExactly(composed.get("v").toFloatArray(), within(1e-7f));
            // by hand, element 0: m' = 0.9·0.1 + 0.1·0.5 = 0.14; v' = 0.999·0.2 + 0.001·0.25 = 0.20005
            assertThat(c.read(m).get(0)).isCloseTo(0.14, within(1e-7));
            assertThat(c.read(v).get(0)).isCloseTo(0.20005, within(1e-7));
            double step = 0.01 * Math.sqrt(1 - 0.999 * 0.999) / (1 - 0.81) * 0.14 / (Math.sqrt(0.20005) + 1e-8);
            assertThat(c.read(theta).get(0)).isCloseTo(before[0] - step, within(1e-6));
        }
    }

    @Test
    @DisplayName("random draws depend on seed, stream and tick only")
    void randomIsKeyed() {
        float[][] draws = new float[4][];
        for (int i = 0; i < 2; i++) {
            try (Computation c = new TfBackend().newComputation(42)) {
                Tensor z = c.ops().randomNormal(Shape.of(3), "z");
                CompiledStep step = c.compile(new StepDefinition("z", List.of(), Map.of("z", z)));
                draws[2 * i] = c.run(step, Map.of(), 7).get("z").toFloatArray();
                draws[2 * i + 1] = c.run(step, Map.of(), 8).get("z").toFloatArray();
            }
        }
        assertThat(draws[2]).containsExactly(draws[0]);
        assertThat(draws[3]).containsExactly(draws[1]);
        assertThat(draws[1]).isNotEqualTo(draws[0]);
    }

    @Test
    @DisplayName("variables start from their host initializer, identically for the same seed")
    void initializersAreSeeded() {
        HostTensor[] values = new HostTensor[3];
        long[] seeds = {5, 5, 6};
        for (int i = 0; i < 3; i++) {
            try (Computation c = new TfBackend().newComputation(seeds[i])) {
                values[i] = c.read(c.ops().variable("w", Shape.of(4, 3), Initializer.glorotUniform(), true));
            }
        }
        assertThat(values[1]).isEqualTo(values[0]);
        assertThat(values[2]).isNotEqualTo(values[0]);
        double limit = Math.sqrt(6.0 / (4 + 3));
        for (float v : values[0].toFloatArray()) {
            assertThat(Math.abs(v)).isLessThanOrEqualTo((float) limit);
        }
    }

    @Test
    @DisplayName("misuse fails with a message naming the thing")
    void misuse() {
        try (Computation c = new TfBackend().newComputation(1)) {
            Ops ops = c.ops();
            ops.variable("w", Shape.of(2), Initializer.zeros(), true);
            assertThatThrownBy(() -> ops.variable("w", Shape.of(2), Initializer.zeros(), true))
                    .isInstanceOf(GanException.class).hasMessageContaining("'w' already exists");
            assertThatThrownBy(() -> ops.variable("a/b", Shape.of(2), Initializer.zeros(), true))
                    .isInstanceOf(GanException.class).hasMessageContaining("'a/b' is not allowed");
            Tensor v = ops.constant(HostTensor.of(Shape.of(2), new float[] {1, 2}));
            assertThatThrownBy(() -> ops.gradients(v, List.of(v)))
                    .isInstanceOf(GanException.class).hasMessageContaining("need a scalar");
            Variable s = ops.variable("s", Shape.of(3), Initializer.zeros(), true);
            assertThatThrownBy(() -> c.compile(new StepDefinition("bad", List.of(new Assignment(s, v)), Map.of())))
                    .isInstanceOf(GanException.class).hasMessageContaining("shape [2]").hasMessageContaining("'s'");
        }
    }
}
