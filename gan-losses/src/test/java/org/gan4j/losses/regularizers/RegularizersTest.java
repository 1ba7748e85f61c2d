package org.gan4j.losses.regularizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.RegularizerInputs;
import org.gan4j.api.role.UpdatePlan;
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
import org.gan4j.tck.LinearCritic;
import org.gan4j.tf.TfBackend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * With a linear critic D(x) = x·w, ∇_x D = w at every point, so the penalty has a closed form whatever the
 * random interpolation: λ(‖w‖ − 1)² (two-sided) and λ·max(0, ‖w‖ − 1)² (one-sided), and its gradient with
 * respect to w is 2λ(‖w‖ − 1)·w/‖w‖.
 */
class RegularizersTest {

    /** @return {penalty, ∂penalty/∂w0, ∂penalty/∂w1} */
    private static double[] penalty(Regularizer regularizer, float w0, float w1) {
        try (Computation c = new TfBackend().newComputation(1)) {
            Ops ops = c.ops();
            Tensor w = c.input("w", Shape.of(2, 1), DType.FLOAT32);
            Tensor real = ops.constant(HostTensor.of(Shape.of(4, 2), new float[] {1, 0, 0, 1, -1, 0, 0, -1}));
            Tensor fake = ops.constant(HostTensor.of(Shape.of(4, 2), new float[] {2, 2, -3, 1, 0.5f, 0.5f, 0, 0}));
            Tensor p = regularizer.penalty(new RegularizerInputs(ops, real, fake, new LinearCritic(w)));
            Tensor dw = ops.gradients(p, List.of(w)).get(0);
            var out = c.run(c.compile(new StepDefinition("gp", List.of(), Map.of("p", p, "dw", dw))),
                    Map.of(w, HostTensor.of(Shape.of(2, 1), new float[] {w0, w1})), 3);
            double[] dwValues = out.get("dw").toDoubleArray();
            return new double[] {out.get("p").scalarValue(), dwValues[0], dwValues[1]};
        }
    }

    private static Regularizer create(String id, String settings) {
        return switch (id) {
            case "gp" -> new GradientPenaltyProvider().create(Hyperparameters.parse(settings));
            case "lp" -> new OneSidedGradientPenaltyProvider().create(Hyperparameters.parse(settings));
            default -> new WeightClippingProvider().create(Hyperparameters.parse(settings));
        };
    }

    @Test
    @DisplayName("gp: ‖w‖ = 5 gives 10·(5 − 1)² = 160, and gradient 2·10·4·(0.6, 0.8) = (48, 64)")
    void twoSidedAboveOne() {
        double[] v = penalty(create("gp", ""), 3, 4);
        assertThat(v[0]).isCloseTo(160, within(1e-3));
        assertThat(v[1]).isCloseTo(48, within(1e-3));
        assertThat(v[2]).isCloseTo(64, within(1e-3));
    }

    @Test
    @DisplayName("gp penalizes a norm below 1 too: ‖w‖ = 0.5 gives 10·0.25 = 2.5; lp gives 0 there")
    void belowOne() {
        assertThat(penalty(create("gp", ""), 0.3f, 0.4f)[0]).isCloseTo(2.5, within(1e-5));
        double[] lp = penalty(create("lp", ""), 0.3f, 0.4f);
        assertThat(lp[0]).isCloseTo(0, within(1e-9));
        assertThat(lp[1]).isCloseTo(0, within(1e-9));
    }

    @Test
    @DisplayName("lp equals gp above norm 1, and λ scales it: λ = 0.1 at ‖w‖ = 5 gives 1.6")
    void oneSidedAboveOneAndLambda() {
        assertThat(penalty(create("lp", ""), 3, 4)[0]).isCloseTo(160, within(1e-3));
        assertThat(penalty(create("gp", "lambda=0.1"), 3, 4)[0]).isCloseTo(1.6, within(1e-5));
    }

    @Test
    @DisplayName("clip: trainable weights are clipped to [−c, c] after the update; optimizer state is not")
    void clipping() {
        try (Computation c = new TfBackend().newComputation(1)) {
            Ops ops = c.ops();
            Variable weight = ops.variable("w", Shape.of(3), Initializer.zeros(), true);
            Variable slot = ops.variable("slot", Shape.of(3), Initializer.zeros(), false);
            Tensor update = ops.constant(HostTensor.of(Shape.of(3), new float[] {0.5f, -0.5f, 0.005f}));
            UpdatePlan plan = create("clip", "").constrain(ops,
                    UpdatePlan.of(List.of(new Assignment(weight, update), new Assignment(slot, update))));
            c.run(c.compile(new StepDefinition("d", plan.assignments(), Map.of())), Map.of(), 0);
            assertThat(c.read(weight).toFloatArray()).containsExactly(0.01f, -0.01f, 0.005f);
            assertThat(c.read(slot).toFloatArray()).containsExactly(0.5f, -0.5f, 0.005f);
        }
    }

    @Test
    @DisplayName("invalid settings name the setting, the value and the range")
    void invalidSettings() {
        assertThatThrownBy(() -> create("gp", "lambda=-1")).isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("gradient penalty: lambda = -1.0 is invalid; it must be a finite number > 0.");
        assertThatThrownBy(() -> create("clip", "c=0")).isInstanceOf(InvalidHyperparameterException.class)
                .hasMessage("clip: c = 0.0 is invalid; it must be a finite number > 0.");
        assertThatThrownBy(() -> create("lp", "weight=3")).isInstanceOf(InvalidHyperparameterException.class)
                .hasMessageContaining("lp does not know the setting [weight]; it knows [lambda]");
    }
}
