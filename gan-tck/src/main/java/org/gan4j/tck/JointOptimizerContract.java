package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Game;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.JointOptimizerProvider;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link JointOptimizerProvider}, on top of {@link ProviderContract}, checked on the strongly
 * convex–concave quadratic game
 * <pre>
 * f(x, y) = ½·μ·‖x − x*‖² + (x − x*)·(y − y*) − ½·μ·‖y − y*‖²,   μ = ½, x* = (1, −2), y* = (½, ½),
 * </pre>
 * x minimizing and y maximizing, from x = y = 0. Its only equilibrium is (x*, y*); the squared distance to it
 * starts at 5 + ½ = 5.5. A joint optimizer's test extends it with the settings it should converge under:
 *
 * <pre>{@code
 * class MyJointOptimizerContractTest extends JointOptimizerContract {
 *     MyJointOptimizerContractTest() { super(new MyJointOptimizerProvider(), "lr=0.1"); }
 * }
 * }</pre>
 */
public abstract class JointOptimizerContract extends ProviderContract<JointOptimizerProvider> {
    private static final double INITIAL_DISTANCE = 5.5;
    private static final int STEPS = 300;

    private final Hyperparameters settings;

    /**
     * @param provider the provider under test
     * @param settings its hyperparameters as {@code key=value,...}, chosen so it converges within 300 game steps
     */
    protected JointOptimizerContract(JointOptimizerProvider provider, String settings) {
        super(JointOptimizerProvider.class, provider);
        this.settings = Hyperparameters.parse(settings);
    }

    @Test
    @DisplayName("it finds the equilibrium of a convex-concave game: the squared distance falls below 1% within 300 steps")
    void convergesToEquilibrium() {
        try (QuadraticGame g = new QuadraticGame(7)) {
            for (int i = 0; i < STEPS; i++) {
                g.advance(i);
            }
            assertThat(g.distance()).as("‖(x, y) − (x*, y*)‖² after %d game steps", STEPS).isLessThan(0.01 * INITIAL_DISTANCE);
        }
    }

    @Test
    @DisplayName("every plan writes both players")
    void everyPlanMovesBothPlayers() {
        try (QuadraticGame g = new QuadraticGame(7)) {
            for (UpdatePlan plan : g.plans) {
                assertThat(plan.assignments().stream().map(a -> a.target().name()))
                        .as("variables written by one plan").contains("x", "y");
            }
        }
    }

    @Test
    @DisplayName("its state survives a save and restore: 10 steps + restore + 10 steps equal 20 steps, bit for bit")
    void stateSurvivesSaveAndRestore() {
        SteppedRun.assertRestoreContinuesExactly(() -> new QuadraticGame(7));
    }

    @Test
    @DisplayName("the same seed gives the same trajectory")
    void sameSeedSameTrajectory() {
        assertThat(trajectory()).isEqualTo(trajectory());
    }

    private List<HostTensor> trajectory() {
        try (QuadraticGame g = new QuadraticGame(11)) {
            List<HostTensor> values = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                g.advance(i);
                values.addAll(g.readAll());
            }
            return values;
        }
    }

    /** The game in a fresh computation, with one compiled step per plan. */
    private final class QuadraticGame implements SteppedRun {
        private final Computation computation;
        private final List<UpdatePlan> plans;
        private final List<CompiledStep> steps = new ArrayList<>();
        private final Tensor distance;

        QuadraticGame(long seed) {
            computation = ContractBackend.find().newComputation(seed);
            Ops ops = computation.ops();
            Variable x = ops.variable("x", Shape.of(2), Initializer.zeros(), true);
            Variable y = ops.variable("y", Shape.of(2), Initializer.zeros(), true);
            Tensor dx = ops.sub(x, ops.constant(HostTensor.of(Shape.of(2), new float[] {1, -2})));
            Tensor dy = ops.sub(y, ops.constant(0.5));
            Tensor f = ops.add(ops.sub(ops.mul(ops.constant(0.25), ops.sum(ops.square(dx))),
                    ops.mul(ops.constant(0.25), ops.sum(ops.square(dy)))), ops.sum(ops.mul(dx, dy)));
            distance = ops.add(ops.sum(ops.square(dx)), ops.sum(ops.square(dy)));
            plans = provider().create(settings).update(ops, new Game(f, List.of(x), List.of(y)));
            assertThat(plans).as("plans").isNotEmpty();
            for (int i = 0; i < plans.size(); i++) {
                steps.add(computation.compile(new StepDefinition("game-" + i, plans.get(i).assignments(), Map.of())));
            }
        }

        @Override
        public void advance(long s) {
            computation.run(steps.get((int) (s % steps.size())), Map.of(), s);
        }

        double distance() {
            return Fetch.scalar(computation, distance);
        }

        @Override
        public Computation computation() {
            return computation;
        }

        @Override
        public void close() {
            computation.close();
        }
    }
}
