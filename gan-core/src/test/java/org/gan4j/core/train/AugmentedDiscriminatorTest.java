package org.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Augmentation;
import org.gan4j.api.role.Condition;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.role.Mode;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.tck.Fetch;
import org.gan4j.tf.TfBackendProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** D∘T with D(x) = Σ x (one score per image) and T(x) = 3x, whose values and gradients are worked by hand. */
class AugmentedDiscriminatorTest {
    /** D(x) = the sum of each image's values, [n, 1]. */
    private static final Discriminator SUM = new Discriminator() {
        @Override
        public Tensor score(Ops ops, Tensor samples) {
            return ops.reshape(ops.sum(samples, 1, 2, 3), Shape.of(samples.shape().size(0), 1));
        }

        @Override
        public List<Variable> variables() {
            return List.of();
        }
    };

    /** T(x) = 3x, recording each call. */
    private static final class Tripling implements Augmentation {
        final List<Tensor> calls = new ArrayList<>();

        @Override
        public Tensor augment(Ops ops, Tensor images) {
            calls.add(images);
            return ops.mul(images, ops.constant(3));
        }
    }

    @Test
    @DisplayName("without an augmentation the trainer scores with D itself, so its graph is what it was")
    void noAugmentationIsDItself() {
        assertThat(AugmentedDiscriminator.of(SUM, Optional.empty())).isSameAs(SUM);
    }

    @Test
    @DisplayName("D∘T scores D(T(x)) in training and D(x) in inference; a tensor scored twice is transformed once, so "
            + "∂D(T(x))/∂x = 3 goes through the transform the loss used (the reference R1)")
    void scoresThroughTheTransform() {
        Tripling tripling = new Tripling();
        Discriminator augmented = AugmentedDiscriminator.of(SUM, Optional.of(tripling));
        try (Computation c = new TfBackendProvider().create(Hyperparameters.empty()).newComputation(1)) {
            Ops o = c.ops();
            Tensor x = o.constant(HostTensor.of(Shape.of(2, 1, 2, 1), new float[] {1, 2, 3, 4}));
            Tensor loss = augmented.score(o, x, Condition.none(), Mode.TRAINING);
            Tensor penalty = augmented.score(o, x, Condition.none(), Mode.TRAINING);
            assertThat(Fetch.doubles(c, loss)).containsExactly(9.0, 21.0);
            assertThat(Fetch.doubles(c, augmented.score(o, x, Condition.none(), Mode.INFERENCE))).containsExactly(3.0, 7.0);
            assertThat(tripling.calls).containsExactly(x);
            assertThat(Fetch.doubles(c, o.gradients(o.sum(penalty), List.of(x)).get(0))).containsExactly(3.0, 3.0, 3.0, 3.0);
            assertThat(Fetch.doubles(c, augmented.score(o, o.neg(x), Mode.TRAINING))).as("another tensor: its own transform")
                    .containsExactly(-9.0, -21.0);
            assertThat(tripling.calls).hasSize(2);
        }
    }
}
