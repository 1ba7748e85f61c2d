package org.gan4j.core.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Mode;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DropoutTest {
    private static float[] run(Mode mode, double rate, int n) {
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(3)) {
            Ops ops = c.ops();
            float[] ones = new float[n];
            java.util.Arrays.fill(ones, 2f);
            Tensor y = new Dropout(rate).apply(ops, ops.constant(HostTensor.of(Shape.of(n), ones)), mode);
            return c.run(c.compile(new StepDefinition("d", List.of(), Map.of("y", y))), Map.of(), 0).get("y").toFloatArray();
        }
    }

    @Test
    @DisplayName("training keeps each element with probability 1 − rate, scaled by 1/(1 − rate); inference is the identity")
    void keepsAndScales() {
        int n = 20_000;
        float[] trained = run(Mode.TRAINING, 0.3, n);
        int kept = 0;
        for (float v : trained) {
            assertThat(v).isIn(0f, (float) (2 / 0.7));
            kept += v == 0 ? 0 : 1;
        }
        // binomial(20000, 0.7): mean 14000, sd √(20000·0.7·0.3) ≈ 64.8; 5 sd either side
        assertThat(kept).isBetween(14000 - 324, 14000 + 324);
        assertThat(run(Mode.INFERENCE, 0.3, 5)).containsOnly(2f);
    }

    @Test
    @DisplayName("a rate outside [0, 1) is refused, naming the value")
    void invalidRate() {
        assertThatThrownBy(() -> new Dropout(1)).isInstanceOf(GanException.class).hasMessageContaining("dropout rate = 1.0");
    }
}
