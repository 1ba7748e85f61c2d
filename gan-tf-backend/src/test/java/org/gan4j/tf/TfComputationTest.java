package org.gan4j.tf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What is particular to TensorFlow; {@link TfBackendContractTest} checks the backend contract. */
class TfComputationTest {
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
    @DisplayName("fused batch norm (FusedBatchNormV3) has the composed form's gradient; differentiating it twice fails naming the remedy")
    void fusedBatchNormGradientMatchesComposed() {
        try (Computation c = new TfBackend().newComputation(5)) {
            Ops ops = c.ops();
            Variable x = ops.variable("x", Shape.of(4, 3, 3, 2), Initializer.glorotUniform(), true);
            Variable scale = ops.variable("scale", Shape.of(2), Initializer.glorotUniform(), true);
            Variable offset = ops.variable("offset", Shape.of(2), Initializer.glorotUniform(), true);
            Tensor weights = ops.variable("w", Shape.of(4, 3, 3, 2), Initializer.glorotUniform(), false);
            List<Variable> wrt = List.of(x, scale, offset);
            // a loss that weights every output differently, so no gradient is zero by symmetry
            Tensor fused = ops.sum(ops.mul(ops.batchNormalization(x, scale, offset, 1e-3).get(0), weights));
            Tensor composed = ops.sum(ops.mul(Ops.composedBatchNormalization(ops, x, scale, offset, 1e-3).get(0), weights));
            List<Tensor> fusedGradients = ops.gradients(fused, wrt);
            List<Tensor> composedGradients = ops.gradients(composed, wrt);
            for (int i = 0; i < wrt.size(); i++) {
                float[] expected = run(c, composedGradients.get(i));
                assertThat(run(c, fusedGradients.get(i))).as(wrt.get(i).name()).containsExactly(expected, within(1e-4f));
            }
            Tensor firstOrder = ops.sumOfSquares(fusedGradients);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ops.gradients(firstOrder, wrt))
                    .isInstanceOf(org.gan4j.api.GanException.class).hasMessageContaining("FusedBatchNormGradV3")
                    .hasMessageContaining("composed");
        }
    }

    private static float[] run(Computation c, Tensor t) {
        return c.run(c.compile(new StepDefinition("fetch", List.of(), Map.of("t", t))), Map.of(), 0).get("t").toFloatArray();
    }

    @Test
    @DisplayName("tensorBytes counts what each traced op computes, at its traced shape: a [1000, 4] product adds 16,000 bytes, a reshape of it nothing")
    void tensorBytesCountsTracedValues() {
        try (Computation c = new TfBackend().newComputation(1)) {
            Ops ops = c.ops();
            long empty = c.tensorBytes(); // the computation's own: its random streams' tick
            Tensor x = c.input("x", Shape.of(1000, 3), org.gan4j.api.tensor.DType.FLOAT32);
            Variable w = ops.variable("w", Shape.of(3, 4), Initializer.zeros(), true);
            long inputs = c.tensorBytes();
            assertThat(inputs - empty).as("the fed batch and the weights, once").isEqualTo(1000 * 3 * 4 + 3 * 4 * 4);
            Tensor product = ops.matmul(x, w);
            assertThat(c.tensorBytes() - inputs).isEqualTo(1000 * 4 * 4);
            long before = c.tensorBytes();
            ops.reshape(product, Shape.of(4000));
            assertThat(c.tensorBytes() - before).as("a reshape's shape constant, nothing of its values").isLessThan(64);
        }
    }
}
