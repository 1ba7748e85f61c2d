package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.TransformedWeight;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.RegularizerProvider;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Variable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link RegularizerProvider}, on top of {@link ProviderContract}. The kit's critic is quadratic,
 * D(x) = ½(a₁x₁² + a₂x₂²) with a = (1, 2) (a {@link QuadraticCritic}), so its gradient a ⊙ x differs from point to
 * point: a penalty computed with a wrong formula, or at the wrong points, gives a wrong value. The kit records
 * where the regularizer had the critic scored, checks that those points lie between each real sample and its
 * generated counterpart, and compares the penalty with the subclass's closed form at those points.
 *
 * <pre>{@code
 * class MyGradientPenaltyContractTest extends RegularizerContract {
 *     MyGradientPenaltyContractTest() { super(new MyGradientPenaltyProvider()); }
 *
 *     protected double expectedPenalty(double[] norms) {   // WGAN-GP, λ = 10: λ · mean (‖g‖ − 1)²
 *         return 10 * Arrays.stream(norms).map(n -> (n - 1) * (n - 1)).average().orElseThrow();
 *     }
 * }
 * }</pre>
 */
public abstract class RegularizerContract extends ProviderContract<RegularizerProvider> {
    /** @param provider the provider under test */
    protected RegularizerContract(RegularizerProvider provider) {
        super(RegularizerProvider.class, provider);
    }

    /**
     * The penalty from the regularizer's formula, given where it evaluated the critic.
     *
     * @param gradientNorms ‖∇D(x̂)‖₂ at every sample x̂ of every batch the regularizer had the critic score, batch
     *     after batch in the order it scored them, computed by the kit from the closed form ∇D(x) = a ⊙ x; empty
     *     when it scored none
     * @return the penalty: λ·mean((‖g‖ − 1)²) for WGAN-GP's, say, or 0 for a regularizer that only constrains
     *     updates or weights
     */
    protected abstract double expectedPenalty(double[] gradientNorms);

    /**
     * @return whether every point it scores lies on the segment between a real sample and its generated
     *     counterpart (interpolates, or the samples themselves); true by default. A penalty evaluated elsewhere
     *     (around the real samples, say) returns false, and the kit skips that rule.
     */
    protected boolean scoresBetweenPairs() {
        return true;
    }

    /** @return the settings the regularizer is created with; none by default */
    protected Hyperparameters settings() {
        return Hyperparameters.empty();
    }

    private PenaltyRun penalty(int groupSize) {
        return PenaltyRun.of(provider().create(settings()), groupSize);
    }

    private void assertClosedForm(PenaltyRun run) {
        double expected = expectedPenalty(run.gradientNorms());
        assertThat(run.penalty()).as("penalty; gradient norms at the scored points %s", Arrays.toString(run.gradientNorms()))
                .isCloseTo(expected, within(1e-4 * Math.max(1, Math.abs(expected))));
    }

    @Test
    @DisplayName("its penalty on a quadratic critic, whose gradient differs from point to point, equals the closed form at the points it scored")
    void penaltyMatchesClosedForm() {
        assertClosedForm(penalty(1));
    }

    @Test
    @DisplayName("its penalty equals the closed form too when the critic scores pairs of consecutive samples (groupSize 2)")
    void penaltyMatchesClosedFormWhenPacked() {
        assertClosedForm(penalty(2));
    }

    @Test
    @DisplayName("every sample it scores lies between real sample i and generated sample i: ε·x + (1 − ε)·x̃ with ε in [0, 1]")
    void scoresBetweenEachPair() {
        assumeTrue(scoresBetweenPairs(), "the regularizer declares that it scores points elsewhere");
        List<HostTensor> scored = penalty(1).scored();
        assumeFalse(scored.isEmpty(), "it scores no points");
        for (HostTensor batch : scored) {
            assertThat(batch.shape()).as("shape of a scored batch").isEqualTo(PenaltyRun.BATCH);
            double[] x = batch.toDoubleArray();
            for (int i = 0; i < PenaltyRun.BATCH.size(0); i++) {
                double[] point = {x[2 * i], x[2 * i + 1]};
                double[] where = PenaltyRun.onSegment(i, point);
                String sample = String.format("scored sample %d %s of pair %d %s", i, Arrays.toString(point), i, PenaltyRun.pair(i));
                assertThat(where[1]).as("distance of %s from the line through the pair", sample).isLessThan(1e-5);
                assertThat(where[0]).as("ε of %s", sample).isBetween(-1e-5, 1 + 1e-5);
            }
        }
    }

    @Test
    @DisplayName("its penalty is a finite, non-negative scalar with a finite gradient for the critic's weights")
    void penaltyIsFiniteAndNonNegative() {
        PenaltyRun run = penalty(1);
        assertThat(run.penaltyShape()).isEqualTo(Shape.scalar());
        assertThat(run.penalty()).isFinite().isGreaterThanOrEqualTo(0.0);
        assertThat(Arrays.stream(run.weightGradient()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    @DisplayName("its update constraint writes the same variables, with values of the same shapes")
    void constraintKeepsTargetsAndShapes() {
        Regularizer regularizer = provider().create(settings());
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Ops ops = c.ops();
            Variable weight = ops.variable("w", Shape.of(2, 3), Initializer.zeros(), true);
            Variable state = ops.variable("state", Shape.of(3), Initializer.zeros(), false);
            UpdatePlan plan = UpdatePlan.of(List.of(new Assignment(weight, ops.constant(HostTensor.filled(Shape.of(2, 3), 0.5f))),
                    new Assignment(state, ops.constant(HostTensor.filled(Shape.of(3), 0.5f)))));
            UpdatePlan constrained = regularizer.constrain(ops, plan);
            assertThat(constrained.assignments()).extracting(Assignment::target).containsExactly(weight, state);
            for (Assignment a : constrained.assignments()) {
                assertThat(a.value().shape()).isEqualTo(a.target().shape());
            }
        }
    }

    @Test
    @DisplayName("its weight transform, if it has one, returns a value of the weight's shape")
    void weightTransformKeepsShape() {
        Regularizer regularizer = provider().create(settings());
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Ops ops = c.ops();
            Variable weight = ops.variable("w", Shape.of(4, 3), Initializer.glorotUniform(), true);
            regularizer.weightTransform().ifPresent(t -> {
                TransformedWeight result = t.apply(ops, weight);
                assertThat(result.value().shape()).isEqualTo(weight.shape());
            });
        }
    }
}
