package com.example.ganplugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Loss;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.tck.ContractBackend;
import org.gan4j.tck.Fetch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A rule beyond the contract, on the kit's helpers. On the contract's r = (−2, 1), f = (0.2, 0.4), so r − E f =
 * (−2.3, 0.7) and f − E r = (0.7, 0.9), a margin of 2 gives by hand
 * L_D = mean(max(0, 2 − (−2.3, 0.7))) + mean(max(0, 2 + (0.7, 0.9))) = mean(4.3, 1.3) + mean(2.7, 2.9) = 2.8 + 2.8 = 5.6.
 */
class RelativisticHingeLossMarginTest {
    @Test
    @DisplayName("margin=2 moves every hinge: L_D = 5.6 on the contract's outputs")
    void marginMovesTheHinges() {
        Loss loss = new RelativisticHingeLossProvider().create(Hyperparameters.parse("margin=2"));
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Ops ops = c.ops();
            var real = ops.constant(HostTensor.of(Shape.of(2, 1), new float[] {-2, 1}));
            var fake = ops.constant(HostTensor.of(Shape.of(2, 1), new float[] {0.2f, 0.4f}));
            assertThat(Fetch.scalar(c, loss.discriminatorLoss(new LossInputs(ops, real, fake)))).isCloseTo(5.6, within(1e-5));
        }
    }
}
