package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.OptimizerProvider;
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
 * The contract of an {@link OptimizerProvider}, on top of {@link ProviderContract}, checked on the convex
 * quadratic
 * <pre>
 * f(a, b) = ½·Σ (a − (1, −2))² + 2·Σ (b − 0.5)²,   a ∈ ℝ², b ∈ ℝ^{2×2}, from a = b = 0, f = 3.5
 * </pre>
 * whose minimum is 0 (two parameter tensors, of different shapes and curvatures 1 and 4). An optimizer's test
 * extends it with the settings it should converge under:
 *
 * <pre>{@code
 * class MyOptimizerContractTest extends OptimizerContract {
 *     MyOptimizerContractTest() { super(new MyOptimizerProvider(), "lr=0.05"); }
 * }
 * }</pre>
 */
public abstract class OptimizerContract extends ProviderContract<OptimizerProvider> {
    /** f at the start, from the formula: ½·(1 + 4) + 2·4·0.25. */
    private static final double INITIAL_VALUE = 3.5;
    private static final int STEPS = 300;

    private final Hyperparameters settings;

    /**
     * @param provider the provider under test
     * @param settings its hyperparameters as {@code key=value,...}, chosen so it converges within 300 steps
     */
    protected OptimizerContract(OptimizerProvider provider, String settings) {
        super(OptimizerProvider.class, provider);
        this.settings = Hyperparameters.parse(settings);
    }

    @Test
    @DisplayName("it descends a convex quadratic: f falls below 1% of its start within 300 steps")
    void descendsConvexQuadratic() {
        try (Quadratic q = new Quadratic(7)) {
            double last = Double.NaN;
            for (int i = 0; i < STEPS; i++) {
                last = q.step(i);
            }
            assertThat(q.value()).as("f after %d steps (f before the last step: %s)", STEPS, last)
                    .isLessThan(0.01 * INITIAL_VALUE);
        }
    }

    @Test
    @DisplayName("its state survives a save and restore: 10 steps + restore + 10 steps equal 20 steps, bit for bit")
    void stateSurvivesSaveAndRestore() {
        SteppedRun.assertRestoreContinuesExactly(() -> new Quadratic(7));
    }

    @Test
    @DisplayName("the same seed gives the same trajectory")
    void sameSeedSameTrajectory() {
        assertThat(trajectory(11)).isEqualTo(trajectory(11));
    }

    private List<Double> trajectory(long seed) {
        try (Quadratic q = new Quadratic(seed)) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                values.add(q.step(i));
            }
            return values;
        }
    }

    /** The quadratic in a fresh computation, with one compiled optimizer step. */
    private final class Quadratic implements SteppedRun {
        private final Computation computation;
        private final CompiledStep step;
        private final Tensor f;

        Quadratic(long seed) {
            computation = ContractBackend.find().newComputation(seed);
            Ops ops = computation.ops();
            Variable a = ops.variable("a", Shape.of(2), Initializer.zeros(), true);
            Variable b = ops.variable("b", Shape.of(2, 2), Initializer.zeros(), true);
            Tensor aTarget = ops.constant(HostTensor.of(Shape.of(2), new float[] {1, -2}));
            f = ops.add(ops.mul(ops.constant(0.5), ops.sum(ops.square(ops.sub(a, aTarget)))),
                    ops.mul(ops.constant(2), ops.sum(ops.square(ops.sub(b, ops.constant(0.5))))));
            List<Tensor> gradients = ops.gradients(f, List.of(a, b));
            UpdatePlan plan = provider().create(settings).update(ops, "P", List.of(a, b), gradients);
            step = computation.compile(new StepDefinition("step", plan.assignments(), Map.of("f", f)));
        }

        /** @return f before the step */
        double step(long tick) {
            return computation.run(step, Map.of(), tick).get("f").scalarValue();
        }

        double value() {
            return Fetch.scalar(computation, f);
        }

        @Override
        public void advance(long tick) {
            step(tick);
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
