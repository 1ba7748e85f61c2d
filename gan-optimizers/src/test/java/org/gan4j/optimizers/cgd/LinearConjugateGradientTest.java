package org.gan4j.optimizers.cgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.tf.TfBackend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Linear CG on A = [[4, 1], [1, 3]], b = (1, 2): by Cramer's rule w = (1/11, 7/11). */
class LinearConjugateGradientTest {

    private static Map<String, HostTensor> solve(int maxIterations) {
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Tensor row0 = ops.constant(HostTensor.of(Shape.of(2), new float[] {4, 1}));
            Tensor row1 = ops.constant(HostTensor.of(Shape.of(2), new float[] {1, 3}));
            Tensor e0 = ops.constant(HostTensor.of(Shape.of(2), new float[] {1, 0}));
            Tensor e1 = ops.constant(HostTensor.of(Shape.of(2), new float[] {0, 1}));
            Tensor b = ops.constant(HostTensor.of(Shape.of(2), new float[] {1, 2}));
            var result = new LinearConjugateGradient(maxIterations, 1e-12, 1e-20).solve(ops,
                    w -> List.of(ops.add(ops.mul(e0, ops.sum(ops.mul(row0, w.get(0)))),
                            ops.mul(e1, ops.sum(ops.mul(row1, w.get(0)))))),
                    List.of(b), List.of(ops.constant(HostTensor.zeros(Shape.of(2)))));
            return c.run(c.compile(new StepDefinition("solve", List.of(), Map.of("w", result.solution().get(0),
                    "iterations", result.iterations(), "residual", result.relativeResidual(),
                    "capped", result.capped()))), Map.of(), 0);
        }
    }

    @Test
    @DisplayName("a 2 × 2 SPD system is solved in 2 iterations (CG's n-step property), the other 3 frozen")
    void solvesInNSteps() {
        var out = solve(5);
        assertThat(out.get("w").toDoubleArray()).containsExactly(new double[] {1.0 / 11, 7.0 / 11}, within(1e-6));
        assertThat(out.get("iterations").scalarValue()).isEqualTo(2);
        assertThat(out.get("residual").scalarValue()).isLessThan(1e-5);
        assertThat(out.get("capped").scalarValue()).isZero();
    }

    @Test
    @DisplayName("a cap of 1 iteration stops it early and says so")
    void capIsReported() {
        var out = solve(1);
        assertThat(out.get("iterations").scalarValue()).isEqualTo(1);
        assertThat(out.get("capped").scalarValue()).isEqualTo(1);
        assertThat(out.get("residual").scalarValue()).isGreaterThan(1e-3);
    }
}
