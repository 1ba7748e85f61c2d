package org.gan4j.losses.regularizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.TransformedWeight;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Variable;
import org.gan4j.tf.TfBackend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpectralNormalizationTest {

    @Test
    @DisplayName("power iteration on W = [[3, 0], [0, 1], [0, 0]] converges to σ = 3, and W̄ = W/σ then has σ(W̄) = 1")
    void convergesToLargestSingularValue() {
        try (Computation c = new TfBackend().newComputation(5)) {
            Ops ops = c.ops();
            Variable w = ops.variable("W", Shape.of(3, 2),
                    (shape, random) -> HostTensor.of(shape, new float[] {3, 0, 0, 1, 0, 0}), true);
            TransformedWeight t = new SpectralNormalizationProvider().create(Hyperparameters.empty())
                    .weightTransform().orElseThrow().apply(ops, w);
            CompiledStep step = c.compile(new StepDefinition("d", t.trainingUpdate().assignments(),
                    Map.of("sigma", t.trainingUpdate().metrics().get("sn_sigma_W"), "normalized", t.value())));
            double first = c.run(step, Map.of(), 0).get("sigma").scalarValue();
            // σ = ṽᵀWũ' with unit ṽ, ũ' never exceeds the largest singular value
            assertThat(first).isLessThanOrEqualTo(3.0 + 1e-5).isPositive();
            Map<String, HostTensor> last = Map.of();
            for (int i = 0; i < 30; i++) {
                last = c.run(step, Map.of(), i);
            }
            assertThat(last.get("sigma").scalarValue()).isCloseTo(3.0, within(1e-4));
            // W̄ = W / 3: its largest entry, and so its largest singular value, is 1
            assertThat(last.get("normalized").toFloatArray()).containsExactly(
                    new float[] {1, 0, 0, 1 / 3f, 0, 0}, within(1e-4f));
        }
    }
}
