package org.gan4j.losses;

import java.util.List;
import java.util.Map;
import org.gan4j.api.role.Loss;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.tf.TfBackend;

/** Evaluates a loss in double precision on fixed discriminator outputs, with the TensorFlow backend. */
final class LossEvaluator {
    private LossEvaluator() {
    }

    /**
     * @return {L_D, L_G, ∂L_G/∂D(G(z))[0], ∂L_D/∂D(x)[0]}
     */
    static double[] evaluate(Loss loss, double[] real, double[] fake) {
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Tensor r = ops.constant(HostTensor.of(Shape.of(real.length, 1), real.clone()));
            Tensor f = ops.constant(HostTensor.of(Shape.of(fake.length, 1), fake.clone()));
            LossInputs in = new LossInputs(ops, r, f);
            Tensor dLoss = loss.discriminatorLoss(in);
            Tensor gLoss = loss.generatorLoss(in);
            var out = c.run(c.compile(new StepDefinition("eval", List.of(), Map.of("d", dLoss, "g", gLoss,
                    "gGrad", ops.gradients(gLoss, List.of(f)).get(0),
                    "dGrad", ops.gradients(dLoss, List.of(r)).get(0)))), Map.of(), 0);
            return new double[] {out.get("d").scalarValue(), out.get("g").scalarValue(), out.get("gGrad").get(0),
                out.get("dGrad").get(0)};
        }
    }
}
