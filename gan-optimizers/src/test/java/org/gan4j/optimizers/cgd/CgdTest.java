package org.gan4j.optimizers.cgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Game;
import org.gan4j.api.role.Optimizer;
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
import org.gan4j.optimizers.SgdProvider;
import org.gan4j.tf.TfBackend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CGD on the bilinear game f(x, y) = x·y, where both closed forms are known (docs/algorithms.md#cgd): simultaneous
 * gradient descent-ascent multiplies |z|² = x² + y² by 1 + η² each step, CGD divides it by 1 + η². By hand:
 * GDA gives x' = x − ηy, y' = y + ηx; CGD gives x' = (x − ηy)/(1 + η²), y' = (y + ηx)/(1 + η²).
 */
class CgdTest {
    private static final double ETA = 0.2;

    @Test
    @DisplayName("on f = x·y, CGD shrinks |z|² by 1/(1 + η²) per step, at η = 0.2 from (1, 0.5)")
    void cgdShrinksBilinearGame() {
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Variable x = ops.variable("x", Shape.scalar(), Initializer.constant(1), true);
            Variable y = ops.variable("y", Shape.scalar(), Initializer.constant(0.5f), true);
            List<UpdatePlan> plans = new CgdProvider().create(Hyperparameters.parse("lr=" + ETA))
                    .update(ops, new Game(ops.mul(x, y), List.of(x), List.of(y)));
            assertThat(plans).hasSize(1);
            CompiledStep step = c.compile(new StepDefinition("game", plans.get(0).assignments(), plans.get(0).metrics()));
            double xe = 1;
            double ye = 0.5;
            for (int i = 0; i < 5; i++) {
                double before = norm2(c, x, y);
                Map<String, org.gan4j.api.tensor.HostTensor> out = c.run(step, Map.of(), i);
                assertThat(norm2(c, x, y) / before).isCloseTo(1 / (1 + ETA * ETA), within(1e-5));
                double nx = (xe - ETA * ye) / (1 + ETA * ETA);
                ye = (ye + ETA * xe) / (1 + ETA * ETA);
                xe = nx;
                assertThat(c.read(x).scalarValue()).isCloseTo(xe, within(1e-5));
                assertThat(c.read(y).scalarValue()).isCloseTo(ye, within(1e-5));
                // a 1 × 1 system: CG solves it in one iteration (none when the warm start is already exact)
                assertThat(out.get("cg_iterations").scalarValue()).isBetween(0.0, 1.0);
                assertThat(out.get("cg_capped").scalarValue()).isZero();
            }
        }
    }

    @Test
    @DisplayName("on f = x·y, simultaneous gradient descent-ascent grows |z|² by 1 + η² per step")
    void gdaGrowsBilinearGame() {
        try (Computation c = new TfBackend().newComputation(0)) {
            Ops ops = c.ops();
            Variable x = ops.variable("x", Shape.scalar(), Initializer.constant(1), true);
            Variable y = ops.variable("y", Shape.scalar(), Initializer.constant(0.5f), true);
            Tensor f = ops.mul(x, y);
            Optimizer sgd = new SgdProvider().create(Hyperparameters.parse("lr=" + ETA));
            List<Assignment> writes = new ArrayList<>(sgd.update(ops, "X", List.of(x), ops.gradients(f, List.of(x))).assignments());
            writes.addAll(sgd.update(ops, "Y", List.of(y), ops.gradients(ops.neg(f), List.of(y))).assignments());
            CompiledStep step = c.compile(new StepDefinition("gda", writes, Map.of()));
            for (int i = 0; i < 5; i++) {
                double before = norm2(c, x, y);
                c.run(step, Map.of(), i);
                assertThat(norm2(c, x, y) / before).isCloseTo(1 + ETA * ETA, within(1e-5));
            }
        }
    }

    private static double norm2(Computation c, Variable x, Variable y) {
        double a = c.read(x).scalarValue();
        double b = c.read(y).scalarValue();
        return a * a + b * b;
    }
}
