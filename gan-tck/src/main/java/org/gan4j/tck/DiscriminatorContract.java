package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.DiscriminatorProvider;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link DiscriminatorProvider}, on top of {@link ProviderContract}: score shapes, variables
 * shared between real and generated batches, and gradients with respect to weights and to the input (which
 * gradient penalties need).
 *
 * <pre>{@code
 * class MyDiscriminatorContractTest extends DiscriminatorContract {
 *     MyDiscriminatorContractTest() { super(new MyDiscriminatorProvider(), Shape.of(28, 28, 1)); }
 * }
 * }</pre>
 */
public abstract class DiscriminatorContract extends ProviderContract<DiscriminatorProvider> {
    private static final int BATCH = 8;

    private final Shape sampleShape;

    /**
     * @param provider the provider under test
     * @param sampleShape a sample shape it supports, without the batch dimension
     */
    protected DiscriminatorContract(DiscriminatorProvider provider, Shape sampleShape) {
        super(DiscriminatorProvider.class, provider);
        this.sampleShape = sampleShape;
    }

    /** @return the settings the discriminator is created with; none by default */
    protected Hyperparameters settings() {
        return Hyperparameters.empty();
    }

    private Tensor batch(Ops o, String stream) {
        return o.randomNormal(sampleShape.prepend(BATCH), stream);
    }

    @Test
    @DisplayName("score maps a batch of 8 to [n, 1] scores, n dividing 8; variables appear at the first call")
    void shapes() {
        Discriminator d = provider().create(sampleShape, settings());
        assertThat(d.variables()).as("variables before the first score").isEmpty();
        try (Computation c = ContractBackend.find().newComputation(1)) {
            HostTensor scores = Fetch.value(c, d.score(c.ops(), batch(c.ops(), "x")));
            assertThat(scores.shape().rank()).isEqualTo(2);
            assertThat(scores.shape().size(1)).isEqualTo(1);
            assertThat(BATCH % scores.shape().size(0)).as("scored units divide the batch").isZero();
            assertThat(d.variables()).isNotEmpty().allMatch(Variable::trainable);
        }
    }

    @Test
    @DisplayName("real and generated batches are scored by one set of variables")
    void variablesAreShared() {
        Discriminator d = provider().create(sampleShape, settings());
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Tensor real = d.score(c.ops(), batch(c.ops(), "real"));
            List<Variable> variables = d.variables();
            Tensor fake = d.score(c.ops(), batch(c.ops(), "fake"));
            assertThat(d.variables()).isEqualTo(variables);
            assertThat(c.variables().stream().filter(Variable::trainable).toList()).isEqualTo(variables);
            assertThat(Fetch.value(c, real)).isNotEqualTo(Fetch.value(c, fake));
        }
    }

    @Test
    @DisplayName("every weight and the input receive a non-zero gradient from the scores")
    void gradientsReachWeightsAndInput() {
        Discriminator d = provider().create(sampleShape, settings());
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Ops o = c.ops();
            Tensor x = batch(o, "x");
            Tensor y = o.sum(o.square(o.add(d.score(o, x), o.constant(0.1))));
            List<Variable> variables = d.variables();
            List<Tensor> gradients = o.gradients(y, variables);
            for (int i = 0; i < gradients.size(); i++) {
                assertThat(Fetch.scalar(c, o.sumOfSquares(List.of(gradients.get(i)))))
                        .as("‖∂y/∂%s‖²", variables.get(i).name()).isPositive();
            }
            assertThat(Fetch.scalar(c, o.sumOfSquares(o.gradients(y, List.of(x))))).as("‖∂y/∂x‖²").isPositive();
        }
    }

    @Test
    @DisplayName("an unknown setting is refused, naming the key")
    void unknownSettingRefused() {
        assertThatThrownBy(() -> provider().create(sampleShape, Hyperparameters.parse("no_such_key=1")))
                .isInstanceOf(InvalidHyperparameterException.class).hasMessageContaining("no_such_key");
    }
}
