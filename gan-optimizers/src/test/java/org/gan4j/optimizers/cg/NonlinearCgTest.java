package org.gan4j.optimizers.cg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.tf.TfBackend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nonlinear CG against hand computation and the saddle test of
 * {@code docs/algorithms.md#nonlinear-conjugate-gradient}.
 *
 * <p>Hand computation for f(θ) = θ² from θ = 1 at α = 0.1: g₀ = 2, d₀ = −2, θ₁ = 0.8; then g₁ = 1.6,
 * y₁ = −0.4, ‖g₁‖² = 2.56, ‖g₀‖² = 4, g₁y₁ = −0.64, d₀y₁ = 0.8, ‖y₁‖² = 0.16, g₁d₀ = −3.2, so
 * FR = 0.64, PRP = −0.16, HS = −0.8, DY = 3.2, HZ = −0.8 − 2·0.16·(−3.2)/0.64 = 0.8, HS-DY = max(0, min(−0.8, ½))
 * = 0, FR-PRP = max(0, min(½, −0.16)) = 0. With β = κ·min(b, ½), d₁ = −1.6 − 2β and θ₂ = 0.8 + 0.1·d₁.
 */
class NonlinearCgTest {

    @ParameterizedTest(name = "{0}, κ = {1}: β₁ = {2}, θ₂ = {3}")
    @CsvSource({
        "FR, 1, 0.5, 0.54",
        "FR, 0.5, 0.25, 0.59",
        "PRP, 1, -0.16, 0.672",
        "HS, 1, -0.8, 0.8",
        "DY, 1, 0.5, 0.54",
        "HZ, 1, 0.5, 0.54",
        "HS_DY, 1, 0, 0.64",
        "FR_PRP, 1, 0, 0.64"})
    @DisplayName("the second step of each rule on θ² matches the hand computation")
    void secondStep(CgRule rule, double kappa, double beta, double theta2) {
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Variable theta = ops.variable("theta", Shape.scalar(), Initializer.constant(1), true);
            UpdatePlan plan = optimizer(rule, "lr=0.1,kappa=" + kappa)
                    .update(ops, "P", List.of(theta), ops.gradients(ops.square(theta), List.of(theta)));
            CompiledStep step = c.compile(new StepDefinition("step", plan.assignments(), plan.metrics()));
            var first = c.run(step, Map.of(), 0);
            assertThat(first.get("cg_reset_share").scalarValue()).as("first step is a restart").isEqualTo(1);
            assertThat(c.read(theta).scalarValue()).isCloseTo(0.8, within(1e-6));
            var second = c.run(step, Map.of(), 1);
            assertThat(second.get("cg_beta_mean").scalarValue()).isCloseTo(beta, within(1e-6));
            assertThat(second.get("cg_capped_share").scalarValue()).isEqualTo(beta == 0.5 * kappa ? 1 : 0);
            assertThat(second.get("cg_reset_share").scalarValue()).isEqualTo(beta == 0 ? 1 : 0);
            assertThat(c.read(theta).scalarValue()).isCloseTo(theta2, within(1e-6));
        }
    }

    @Test
    @DisplayName("three FR steps on θ²: 0.8, 0.54, then 0.3135375 with β₂ = 1.08²/1.6² = 0.455625")
    void threeSteps() {
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Variable theta = ops.variable("theta", Shape.scalar(), Initializer.constant(1), true);
            UpdatePlan plan = optimizer(CgRule.FR, "lr=0.1")
                    .update(ops, "P", List.of(theta), ops.gradients(ops.square(theta), List.of(theta)));
            CompiledStep step = c.compile(new StepDefinition("step", plan.assignments(), plan.metrics()));
            double[] thetas = new double[3];
            double lastBeta = 0;
            for (int i = 0; i < 3; i++) {
                lastBeta = c.run(step, Map.of(), i).get("cg_beta_mean").scalarValue();
                thetas[i] = c.read(theta).scalarValue();
            }
            assertThat(thetas).containsExactly(new double[] {0.8, 0.54, 0.3135375}, within(1e-6));
            assertThat(lastBeta).isCloseTo(0.455625, within(1e-6));
        }
    }

    /**
     * One player with three tensors of different ranks, each on its own quadratic ½k‖θ‖² from all ones at
     * α = 0.1: a scalar (k = 2), a [3] vector (k = 3) and a [2, 2] matrix (k = 1). With r = 1 − αk, every element
     * has g₀ = k, d₀ = −k, θ₁ = r, g₁ = kr, y₁ = −αk², so PRP = −αk²r·k/k² = −αkr (−0.16, −0.21, −0.09) and HZ =
     * min(−r, ½) + 2r = r, capped at ½. Then θ₂ = r + α(−kr + β·(−k)): PRP 0.672, 0.553, 0.819; HZ (β = ½)
     * 0.54, 0.34, 0.76. Each tensor must get its own β, whatever the other tensors' shapes.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "PRP, -0.16, -0.21, -0.09, 0.672, 0.553, 0.819",
        "HZ, 0.5, 0.5, 0.5, 0.54, 0.34, 0.76"})
    @DisplayName("tensors of different shapes in one player each follow their own iteration (hand computation)")
    void tensorsOfDifferentShapes(CgRule rule, double betaA, double betaB, double betaC, double a2, double b2, double c2) {
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Variable a = ops.variable("a", Shape.scalar(), Initializer.constant(1), true);
            Variable b = ops.variable("b", Shape.of(3), Initializer.constant(1), true);
            Variable m = ops.variable("m", Shape.of(2, 2), Initializer.constant(1), true);
            Tensor f = ops.add(ops.add(ops.square(a), ops.mul(ops.constant(1.5), ops.sum(ops.square(b)))),
                    ops.mul(ops.constant(0.5), ops.sum(ops.square(m))));
            List<Variable> thetas = List.of(a, b, m);
            UpdatePlan plan = optimizer(rule, "lr=0.1").update(ops, "P", thetas, ops.gradients(f, thetas));
            CompiledStep step = c.compile(new StepDefinition("step", plan.assignments(), plan.metrics()));
            c.run(step, Map.of(), 0);
            double betaMean = c.run(step, Map.of(), 1).get("cg_beta_mean").scalarValue();
            assertThat(betaMean).isCloseTo((betaA + betaB + betaC) / 3, within(1e-6));
            assertThat(c.read(a).scalarValue()).isCloseTo(a2, within(1e-6));
            assertThat(c.read(b).toDoubleArray()).containsExactly(new double[] {b2, b2, b2}, within(1e-6));
            assertThat(c.read(m).toDoubleArray()).containsExactly(new double[] {c2, c2, c2, c2}, within(1e-6));
        }
    }

    /**
     * f(x, y) = (1 + x²)(100 − y²) from (2, −4), x minimizing and y maximizing, both players stepping together.
     * The saddle is (0, 0); docs/algorithms.md#nonlinear-conjugate-gradient asks that every β ≤ κ/2 and that 400
     * steps approach it. At α = 0.004 every rule stays stable; at 0.008, HZ diverges: in one dimension its β·d is
     * ½d − 2g, which triples the step.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(CgRule.class)
    @DisplayName("on the saddle (1 + x²)(100 − y²) from (2, −4) at α = 0.004, κ = 0.75: every β ≤ κ/2, and 400 steps approach (0, 0)")
    void saddle(CgRule rule) {
        double kappa = 0.75;
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Variable x = ops.variable("x", Shape.scalar(), Initializer.constant(2), true);
            Variable y = ops.variable("y", Shape.scalar(), Initializer.constant(-4), true);
            Tensor f = ops.mul(ops.add(ops.constant(1), ops.square(x)), ops.sub(ops.constant(100), ops.square(y)));
            String settings = "lr=0.004,kappa=" + kappa;
            UpdatePlan px = optimizer(rule, settings).update(ops, "X", List.of(x), ops.gradients(f, List.of(x)));
            UpdatePlan py = optimizer(rule, settings).update(ops, "Y", List.of(y), ops.gradients(ops.neg(f), List.of(y)));
            List<Assignment> writes = new ArrayList<>(px.assignments());
            writes.addAll(py.assignments());
            Map<String, Tensor> fetches = new LinkedHashMap<>();
            fetches.put("beta_x", px.metrics().get("cg_beta_mean"));
            fetches.put("beta_y", py.metrics().get("cg_beta_mean"));
            CompiledStep step = c.compile(new StepDefinition("game", writes, fetches));
            double[] distance = new double[401];
            distance[0] = Math.hypot(2, 4);
            for (int i = 0; i < 400; i++) {
                var out = c.run(step, Map.of(), i);
                assertThat(out.get("beta_x").scalarValue()).as("β of x at step %d", i).isLessThanOrEqualTo(kappa / 2);
                assertThat(out.get("beta_y").scalarValue()).as("β of y at step %d", i).isLessThanOrEqualTo(kappa / 2);
                distance[i + 1] = Math.hypot(c.read(x).scalarValue(), c.read(y).scalarValue());
            }
            // HS is the slowest (1.72 at the end): in one dimension β ≈ −κ shrinks each step to about a quarter.
            assertThat(distance[400]).as("distance to (0, 0) after 400 steps").isLessThan(distance[0] / 2)
                    .isLessThan(distance[200]);
        }
    }

    @Test
    @DisplayName("κ outside (0, 1] is refused, naming the provider, the key and the range")
    void kappaChecked() {
        assertThatThrownBy(() -> new NonlinearCgProvider.Hs().create(Hyperparameters.parse("kappa=1.5")))
                .isInstanceOf(InvalidHyperparameterException.class)
                .hasMessageContaining("cg-hs: kappa = 1.5 is invalid; it must be a number in (0.0, 1.0]");
    }

    private static org.gan4j.api.role.Optimizer optimizer(CgRule rule, String settings) {
        return new NonlinearCg(NonlinearCgParameters.from(rule, Hyperparameters.parse(settings)));
    }
}
