package org.gan4j.optimizers.cgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Game;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Variable;
import org.gan4j.tf.TfBackend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ACGD on f = x·y with β = 0, where everything is scalar and closed-form: v = g², so η_x = lr/(|y| + ε) and
 * η_y = lr/(|x| + ε) (∇_x f = y, ∇_y f = x, D_xy = D_yx = 1). Solving for x:
 * Δx = −η_x(y + η_y x)/(1 + η_xη_y), Δy = η_y(x + Δx); solving for y: Δy = η_y(x − η_x y)/(1 + η_xη_y),
 * Δx = −η_x(y + Δy).
 */
class AcgdTest {
    private static final double LR = 0.1;
    private static final double EPS = 1e-5;

    @Test
    @DisplayName("on f = x·y with β = 0: step 0 solves for x, step 1 for y, both as the scalar closed form")
    void alternatesAndMatchesClosedForm() {
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Variable x = ops.variable("x", Shape.scalar(), Initializer.constant(1), true);
            Variable y = ops.variable("y", Shape.scalar(), Initializer.constant(0.5f), true);
            List<UpdatePlan> plans = new AcgdProvider().create(Hyperparameters.parse("lr=" + LR + ",beta=0,epsilon=" + EPS))
                    .update(ops, new Game(ops.mul(x, y), List.of(x), List.of(y)));
            assertThat(plans).hasSize(2);
            CompiledStep solveX = c.compile(new StepDefinition("x", plans.get(0).assignments(), plans.get(0).metrics()));
            CompiledStep solveY = c.compile(new StepDefinition("y", plans.get(1).assignments(), plans.get(1).metrics()));
            double xe = 1;
            double ye = 0.5;
            for (int step = 0; step < 4; step++) {
                double etaX = LR / (Math.abs(ye) + EPS);
                double etaY = LR / (Math.abs(xe) + EPS);
                double dx;
                double dy;
                if (step % 2 == 0) {
                    dx = -etaX * (ye + etaY * xe) / (1 + etaX * etaY);
                    dy = etaY * (xe + dx);
                } else {
                    dy = etaY * (xe - etaX * ye) / (1 + etaX * etaY);
                    dx = -etaX * (ye + dy);
                }
                xe += dx;
                ye += dy;
                var out = c.run(step % 2 == 0 ? solveX : solveY, Map.of(), step);
                assertThat(c.read(x).scalarValue()).as("x after step %d", step).isCloseTo(xe, within(1e-5));
                assertThat(c.read(y).scalarValue()).as("y after step %d", step).isCloseTo(ye, within(1e-5));
                assertThat(out.get("cg_capped").scalarValue()).isZero();
            }
        }
    }
}
