package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Augmentation;
import org.gan4j.api.spi.AugmentationProvider;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link AugmentationProvider}, on top of {@link ProviderContract}: the shape and type kept, draws
 * keyed by seed and tick (reproducible, new at another tick, independent between two batches of one step), a
 * gradient that reaches the images, and finite values on images in [−1, 1].
 *
 * <pre>{@code
 * class MyAugmentationContractTest extends AugmentationContract {
 *     MyAugmentationContractTest() { super(new MyAugmentationProvider(), Shape.of(8, 8, 3)); }
 * }
 * }</pre>
 */
public abstract class AugmentationContract extends ProviderContract<AugmentationProvider> {
    private static final int BATCH = 8;

    private final Shape sampleShape;

    /**
     * @param provider the provider under test
     * @param sampleShape an image shape [height, width, channels] it supports
     */
    protected AugmentationContract(AugmentationProvider provider, Shape sampleShape) {
        super(AugmentationProvider.class, provider);
        this.sampleShape = sampleShape;
    }

    /** @return the settings the augmentation is created with; none by default */
    protected Hyperparameters settings() {
        return Hyperparameters.empty();
    }

    /** @return whether its transform is random; the rules about draws are skipped for one that is not. True by default */
    protected boolean draws() {
        return true;
    }

    /** Images in [−1, 1] with no two values alike, so that any move or change of a value shows. */
    private Tensor images(Ops o) {
        Shape shape = sampleShape.prepend(BATCH);
        double[] values = new double[Math.toIntExact(shape.numElements())];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(1.0 + 0.37 * i);
        }
        return o.cast(o.constant(HostTensor.of(shape, values)), DType.FLOAT32);
    }

    private float[][] twoBatchesAt(long seed, long tick) {
        Augmentation augmentation = provider().create(sampleShape, settings());
        try (Computation c = ContractBackend.find().newComputation(seed)) {
            Tensor x = images(c.ops());
            CompiledStep step = c.compile(new StepDefinition("augment", List.of(), Map.of(
                    "real", augmentation.augment(c.ops(), x), "fake", augmentation.augment(c.ops(), x))));
            Map<String, HostTensor> out = c.run(step, Map.of(), tick);
            return new float[][] {out.get("real").toFloatArray(), out.get("fake").toFloatArray()};
        }
    }

    @Test
    @DisplayName("augment keeps the batch's shape and type, and its values stay finite on images in [−1, 1]")
    void shapeTypeAndFiniteValues() {
        Augmentation augmentation = provider().create(sampleShape, settings());
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Tensor x = images(c.ops());
            Tensor y = augmentation.augment(c.ops(), x);
            assertThat(y.shape()).isEqualTo(x.shape());
            assertThat(y.dtype()).isEqualTo(x.dtype());
            HostTensor value = Fetch.value(c, y);
            assertThat(value.shape()).isEqualTo(x.shape());
            assertThat(Arrays.stream(value.toDoubleArray()).allMatch(Double::isFinite)).as("every value finite").isTrue();
        }
    }

    @Test
    @DisplayName("the same seed and tick give the same transforms, in a new computation too; another tick gives others")
    void drawsAreKeyedBySeedAndTick() {
        assumeTrue(draws(), "the augmentation declares that it draws nothing");
        float[][] first = twoBatchesAt(7, 3);
        assertThat(twoBatchesAt(7, 3)[0]).as("same seed, same tick").containsExactly(first[0]);
        assertThat(twoBatchesAt(7, 3)[1]).as("same seed, same tick, second batch").containsExactly(first[1]);
        assertThat(twoBatchesAt(7, 4)[0]).as("another tick").isNotEqualTo(first[0]);
        assertThat(twoBatchesAt(8, 3)[0]).as("another seed").isNotEqualTo(first[0]);
    }

    @Test
    @DisplayName("two batches transformed in one step draw independently: the same images get different transforms")
    void eachCallDrawsAnew() {
        assumeTrue(draws(), "the augmentation declares that it draws nothing");
        float[][] both = twoBatchesAt(7, 3);
        assertThat(both[1]).isNotEqualTo(both[0]);
    }

    @Test
    @DisplayName("the gradient of Σ T(x)² reaches the images x: finite, and not all zero")
    void gradientReachesTheImages() {
        Augmentation augmentation = provider().create(sampleShape, settings());
        try (Computation c = ContractBackend.find().newComputation(1)) {
            Ops o = c.ops();
            Tensor x = images(o);
            Tensor y = o.sum(o.square(augmentation.augment(o, x)));
            double[] gradient = Fetch.doubles(c, o.gradients(y, List.of(x)).get(0));
            assertThat(gradient).hasSize(Math.toIntExact(x.shape().numElements()));
            assertThat(Arrays.stream(gradient).allMatch(Double::isFinite)).as("every element finite").isTrue();
            assertThat(Arrays.stream(gradient).anyMatch(g -> g != 0)).as("some element non-zero").isTrue();
        }
    }
}
