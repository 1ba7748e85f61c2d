package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.param.InvalidHyperparameterException;
import org.gan4j.api.role.Generator;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.GeneratorProvider;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link GeneratorProvider}, on top of {@link ProviderContract}: shapes, shared variables and a
 * gradient for every weight. A generator's test names a sample shape it supports:
 *
 * <pre>{@code
 * class MyGeneratorContractTest extends GeneratorContract {
 *     MyGeneratorContractTest() { super(new MyGeneratorProvider(), Shape.of(28, 28, 1)); }
 * }
 * }</pre>
 */
public abstract class GeneratorContract extends ProviderContract<GeneratorProvider> {
    private final Shape sampleShape;

    /**
     * @param provider the provider under test
     * @param sampleShape a sample shape it supports, without the batch dimension
     */
    protected GeneratorContract(GeneratorProvider provider, Shape sampleShape) {
        super(GeneratorProvider.class, provider);
        this.sampleShape = sampleShape;
    }

    /** @return the settings the generator is created with; none by default */
    protected Hyperparameters settings() {
        return Hyperparameters.empty();
    }

    @Test
    @DisplayName("generate maps noise [n, latent] to float32 samples [n, sampleShape...]; variables appear at the first call")
    void shapes() {
        Generator g = provider().create(sampleShape, settings());
        assertThat(g.variables()).as("variables before the first generate").isEmpty();
        assertThat(g.latentDimension()).isPositive();
        assertThat(g.sampleShape()).isEqualTo(sampleShape);
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Tensor samples = g.generate(c.ops(), c.ops().randomNormal(Shape.of(3, g.latentDimension()), "z"));
            HostTensor value = Fetch.value(c, samples);
            assertThat(value.shape()).isEqualTo(sampleShape.prepend(3));
            assertThat(value.dtype()).isEqualTo(DType.FLOAT32);
            assertThat(g.variables()).isNotEmpty().allMatch(Variable::trainable);
        }
    }

    @Test
    @DisplayName("every trainable weight is read through Ops.weight, so the trainer's weight average reaches each use")
    void weightsThroughTheSeam() {
        Generator g = provider().create(sampleShape, settings());
        WeightReads read = new WeightReads();
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Ops view = read.recording(c.ops());
            Fetch.value(c, g.generate(view, c.ops().randomNormal(Shape.of(3, g.latentDimension()), "z")));
            assertThat(g.variables()).as("weights read through Ops.weight").allMatch(read::read);
        }
    }

    @Test
    @DisplayName("a second generate reuses the same variables, and different noise gives different samples")
    void variablesAreShared() {
        Generator g = provider().create(sampleShape, settings());
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Ops o = c.ops();
            Tensor first = g.generate(o, o.randomNormal(Shape.of(2, g.latentDimension()), "z"));
            List<Variable> variables = g.variables();
            Tensor second = g.generate(o, o.randomNormal(Shape.of(2, g.latentDimension()), "z"));
            assertThat(g.variables()).isEqualTo(variables);
            assertThat(c.variables().stream().filter(Variable::trainable).toList()).isEqualTo(variables);
            assertThat(Fetch.value(c, first)).isNotEqualTo(Fetch.value(c, second));
        }
    }

    @Test
    @DisplayName("every weight receives a non-zero gradient from the samples")
    void everyWeightIsTrained() {
        Generator g = provider().create(sampleShape, settings());
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Ops o = c.ops();
            Tensor samples = g.generate(o, o.randomNormal(Shape.of(4, g.latentDimension()), "z"));
            Tensor y = o.sum(o.square(o.add(samples, o.constant(0.1))));
            List<Tensor> gradients = o.gradients(y, g.variables());
            for (int i = 0; i < gradients.size(); i++) {
                assertThat(Fetch.scalar(c, o.sumOfSquares(List.of(gradients.get(i)))))
                        .as("‖∂y/∂%s‖²", g.variables().get(i).name()).isPositive();
            }
        }
    }

    @Test
    @DisplayName("an unknown setting is refused, naming the key")
    void unknownSettingRefused() {
        assertThatThrownBy(() -> provider().create(sampleShape, Hyperparameters.parse("no_such_key=1")))
                .isInstanceOf(InvalidHyperparameterException.class).hasMessageContaining("no_such_key");
    }
}
