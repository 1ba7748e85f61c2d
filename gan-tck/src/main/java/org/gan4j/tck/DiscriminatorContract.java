package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
 * The contract of a {@link DiscriminatorProvider}, on top of {@link ProviderContract}: score shapes and packing
 * ({@link Discriminator#groupSize()}), variables shared between real and generated batches, and gradients with
 * respect to weights and to the input (which gradient penalties need).
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

    /**
     * @return whether one group's score also depends on samples of other groups (batch normalization across the
     *     batch, say); the kit then skips the rule that it does not. False by default.
     */
    protected boolean mixesSamplesAcrossGroups() {
        return false;
    }

    private Tensor batch(Ops o, String stream) {
        return batch(o, stream, BATCH);
    }

    private Tensor batch(Ops o, String stream, int size) {
        return o.randomNormal(sampleShape.prepend(size), stream);
    }

    /** @return at least 8 samples and at least two groups, a multiple of the group size */
    private static int batchFor(int groupSize) {
        return groupSize * Math.max(2, -Math.floorDiv(-BATCH, groupSize));
    }

    @Test
    @DisplayName("score maps a batch of n samples to [n / groupSize(), 1]; variables appear at the first call")
    void shapes() {
        Discriminator d = provider().create(sampleShape, settings());
        assertThat(d.variables()).as("variables before the first score").isEmpty();
        int m = d.groupSize();
        assertThat(m).as("groupSize()").isPositive();
        int n = batchFor(m);
        try (Computation c = ContractBackend.find().newComputation(1)) {
            HostTensor scores = Fetch.value(c, d.score(c.ops(), batch(c.ops(), "x", n)));
            assertThat(scores.shape()).as("scores of %d samples in groups of %d", n, m).isEqualTo(Shape.of(n / m, 1));
            assertThat(d.variables()).isNotEmpty().allMatch(Variable::trainable);
        }
    }

    @Test
    @DisplayName("score k depends on samples k·m to k·m + m − 1 only, m = groupSize(), and on at least one of them")
    void groupsAreScoredApart() {
        assumeFalse(mixesSamplesAcrossGroups(), "the discriminator declares that groups share batch statistics");
        Discriminator d = provider().create(sampleShape, settings());
        int m = d.groupSize();
        int n = batchFor(m);
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Ops o = c.ops();
            Tensor x = batch(o, "x", n);
            List<Tensor> scores = o.unstack(o.reshape(d.score(o, x), Shape.of(n / m)), 0);
            int[] sampleAxes = IntStream.rangeClosed(1, sampleShape.rank()).toArray();
            List<Tensor> sensitivity = new ArrayList<>();
            for (Tensor score : scores) {
                sensitivity.add(o.sum(o.square(o.gradients(score, List.of(x)).get(0)), sampleAxes));
            }
            double[] squaredNorms = Fetch.doubles(c, o.stack(sensitivity));
            for (int k = 0; k < n / m; k++) {
                double inside = 0;
                for (int i = 0; i < n; i++) {
                    double g = squaredNorms[k * n + i];
                    if (i / m == k) {
                        inside += g;
                    } else {
                        assertThat(g).as("‖∂score[%d]/∂sample[%d]‖² with groups of %d", k, i, m).isZero();
                    }
                }
                assertThat(inside).as("‖∂score[%d]/∂(its own samples)‖²", k).isPositive();
            }
        }
    }

    @Test
    @DisplayName("every trainable weight is read through Ops.weight, so a weight transform (spectral norm) reaches each use")
    void weightsThroughTheSeam() {
        Discriminator d = provider().create(sampleShape, settings());
        WeightReads read = new WeightReads();
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Ops view = read.recording(c.ops());
            Fetch.value(c, d.score(view, batch(c.ops(), "x", batchFor(d.groupSize()))));
            assertThat(d.variables()).as("weights read through Ops.weight").allMatch(read::read);
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
