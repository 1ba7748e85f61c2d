package org.gan4j.core.train;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gan4j.api.role.Augmentation;
import org.gan4j.api.role.Condition;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * The discriminator D∘T that training scores with when the setup has an augmentation T: in {@link Mode#TRAINING} it
 * scores D(T(x)), in {@link Mode#INFERENCE} D(x). Its variables, state writes and packing are D's.
 *
 * <p>A tensor is transformed once: scoring the same tensor again reuses its transform. So a regularizer that scores
 * the real batch differentiates the very D(T(x)) of the loss with respect to x, as the reference R1 code does
 * (DiffAugment-stylegan2, {@code ns_DiffAugment_r1}: ∇<sub>x</sub>D(T(x)), through T); points it makes itself
 * (WGAN-GP's interpolates) get a transform of their own.
 */
final class AugmentedDiscriminator implements Discriminator {
    private final Discriminator discriminator;
    private final Augmentation augmentation;
    private final Map<Tensor, Tensor> transformed = new IdentityHashMap<>();

    private AugmentedDiscriminator(Discriminator discriminator, Augmentation augmentation) {
        this.discriminator = discriminator;
        this.augmentation = augmentation;
    }

    /**
     * @param discriminator D
     * @param augmentation T, or empty
     * @return D∘T, or D itself when there is no T (so training without augmentation traces what it always did)
     */
    static Discriminator of(Discriminator discriminator, Optional<Augmentation> augmentation) {
        return augmentation.<Discriminator>map(t -> new AugmentedDiscriminator(discriminator, t)).orElse(discriminator);
    }

    private Tensor augmented(Ops ops, Tensor samples) {
        return transformed.computeIfAbsent(samples, x -> augmentation.augment(ops, x));
    }

    @Override
    public Tensor score(Ops ops, Tensor samples) {
        return discriminator.score(ops, augmented(ops, samples));
    }

    @Override
    public Tensor score(Ops ops, Tensor samples, Mode mode) {
        return discriminator.score(ops, mode == Mode.TRAINING ? augmented(ops, samples) : samples, mode);
    }

    @Override
    public Tensor score(Ops ops, Tensor samples, Condition condition, Mode mode) {
        return discriminator.score(ops, mode == Mode.TRAINING ? augmented(ops, samples) : samples, condition, mode);
    }

    @Override
    public List<Assignment> trainingUpdates() {
        return discriminator.trainingUpdates();
    }

    @Override
    public List<Variable> variables() {
        return discriminator.variables();
    }

    @Override
    public int groupSize() {
        return discriminator.groupSize();
    }
}
