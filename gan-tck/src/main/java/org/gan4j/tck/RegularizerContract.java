package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.RegularizerInputs;
import org.gan4j.api.role.TransformedWeight;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.RegularizerProvider;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link RegularizerProvider}, on top of {@link ProviderContract}. The kit's critic is linear,
 * D(x) = x·w with w = (3, 4), so ‖∇_x D‖ = 5 at every point, and its batches are fixed. A regularizer's test
 * extends this class and states its penalty there from the formula (λ(5 − 1)² for a two-sided gradient
 * penalty; 0 for one that only constrains updates or weights).
 */
public abstract class RegularizerContract extends ProviderContract<RegularizerProvider> {
    private static final float[] W = {3, 4};

    /** @param provider the provider under test */
    protected RegularizerContract(RegularizerProvider provider) {
        super(RegularizerProvider.class, provider);
    }

    /** @return the penalty on the kit's linear critic with ‖w‖ = 5, from the formula */
    protected abstract double expectedPenaltyAtGradientNormFive();

    /** @return the settings the regularizer is created with; none by default */
    protected Hyperparameters settings() {
        return Hyperparameters.empty();
    }

    private Map<String, HostTensor> penalty() {
        Regularizer regularizer = provider().create(settings());
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Ops ops = c.ops();
            Tensor w = ops.constant(HostTensor.of(Shape.of(2, 1), W.clone()));
            Tensor real = ops.constant(HostTensor.of(Shape.of(4, 2), new float[] {1, 0, 0, 1, -1, 0, 0, -1}));
            Tensor fake = ops.constant(HostTensor.of(Shape.of(4, 2), new float[] {2, 2, -3, 1, 0.5f, 0.5f, 0, 0}));
            Tensor p = regularizer.penalty(new RegularizerInputs(ops, real, fake, new LinearCritic(w)));
            Tensor dw = ops.gradients(p, List.of(w)).get(0);
            return c.run(c.compile(new StepDefinition("penalty", List.of(), Map.of("p", p, "dw", dw))), Map.of(), 0);
        }
    }

    @Test
    @DisplayName("its penalty on a linear critic with gradient norm 5 equals the closed form")
    void penaltyMatchesClosedForm() {
        assertThat(penalty().get("p").scalarValue()).isCloseTo(expectedPenaltyAtGradientNormFive(), within(1e-3));
    }

    @Test
    @DisplayName("its penalty is a finite, non-negative scalar with a finite gradient for the critic's weights")
    void penaltyIsFiniteAndNonNegative() {
        Map<String, HostTensor> out = penalty();
        assertThat(out.get("p").shape()).isEqualTo(Shape.scalar());
        assertThat(out.get("p").scalarValue()).isFinite().isGreaterThanOrEqualTo(0.0);
        assertThat(Arrays.stream(out.get("dw").toDoubleArray()).allMatch(Double::isFinite)).isTrue();
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
