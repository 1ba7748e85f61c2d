package org.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Variable;
import org.gan4j.tf.TfBackend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GeneratorAverageTest {

    /**
     * θ starts at 5 and each update adds 1 (6, 7, 8). With γ = ½: s₁ = ½·6 = 3, s₂ = 1.5 + 3.5 = 5, s₃ = 2.5 + 4 = 6.5,
     * and θ̄ = s/(1 − γ^t) = 6, 5/0.75 = 6.6667, 6.5/0.875 = 7.428571; before any update θ̄ = θ = 5.
     */
    @Test
    @DisplayName("θ̄ is the bias-corrected average of the values the updates wrote, and θ itself before the first (hand computed)")
    void biasCorrectedAverage() {
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Variable theta = ops.variable("G_theta", Shape.scalar(), Initializer.constant(5), true);
            GeneratorAverage average = new GeneratorAverage(ops, List.of(theta), 0.5);
            UpdatePlan plan = average.following(ops, UpdatePlan.of(List.of(new Assignment(theta, ops.add(theta, ops.constant(1))))));
            CompiledStep update = c.compile(new StepDefinition("update", plan.assignments(), Map.of()));
            Ops averaged = average.averaged(ops);
            CompiledStep sample = c.compile(new StepDefinition("sample", List.of(),
                    Map.of("twice", averaged.mul(averaged.weight(theta), ops.constant(2)))));
            CompiledStep weights = c.compile(new StepDefinition("weights", List.of(), average.averagedWeights(ops)));
            double[] expected = {5, 6, 20.0 / 3, 7.428571428571};
            for (int t = 0; t < expected.length; t++) {
                if (t > 0) {
                    c.run(update, Map.of(), t);
                }
                assertThat(c.run(sample, Map.of(), 0).get("twice").scalarValue()).as("2θ̄ after %d updates", t)
                        .isCloseTo(2 * expected[t], within(1e-5));
                assertThat(c.run(weights, Map.of(), 0).get("G_theta").scalarValue()).isCloseTo(expected[t], within(1e-5));
            }
            assertThat(c.read(theta).scalarValue()).as("the trained weight itself is untouched").isEqualTo(8);
        }
    }

    @Test
    @DisplayName("the average of a weight that stays constant is that constant at every step, with no bias toward 0")
    void constantWeight() {
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Variable theta = ops.variable("G_theta", Shape.of(2), Initializer.constant(-3), true);
            GeneratorAverage average = new GeneratorAverage(ops, List.of(theta), 0.999);
            UpdatePlan plan = average.following(ops, UpdatePlan.of(List.of()));
            CompiledStep update = c.compile(new StepDefinition("update", plan.assignments(), Map.of()));
            CompiledStep weights = c.compile(new StepDefinition("weights", List.of(), average.averagedWeights(ops)));
            for (int t = 1; t <= 3; t++) {
                c.run(update, Map.of(), t);
                assertThat(c.run(weights, Map.of(), 0).get("G_theta").toDoubleArray())
                        .containsExactly(new double[] {-3, -3}, within(1e-4));
            }
        }
    }
}
