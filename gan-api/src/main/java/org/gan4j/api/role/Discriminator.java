package org.gan4j.api.role;

import java.util.List;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Scores samples: a logit for classifying losses, a critic value for Wasserstein losses.
 *
 * <p>The first call of {@link #score} creates the variables; later calls share them, so real, generated
 * and interpolated batches are scored by one network. A discriminator reads each trainable weight through
 * {@link Ops#weight}, so that a weight transform such as spectral normalization applies to every use of it.
 *
 * <p>The trainer calls {@link #score(Ops, Tensor, Condition, Mode)} in {@link Mode#TRAINING}; its defaults fall back
 * to {@link #score(Ops, Tensor, Mode)} and then to {@link #score(Ops, Tensor)}, so a discriminator overrides only
 * what it uses.
 *
 * <p>Packing: a discriminator may score groups of {@link #groupSize() m} consecutive samples together (PacGAN). A
 * batch of n samples, n a multiple of m, then gets n/m scores; score k is computed from samples k·m to k·m + m − 1.
 * With m = 1, the default, every sample gets its own score.
 *
 * @since 0.1
 */
@Stable
public interface Discriminator {
    /**
     * @param ops the backend's ops
     * @param samples a batch [n, sampleShape...], n a multiple of {@link #groupSize()}
     * @return one score per group of {@link #groupSize()} consecutive samples, [n / groupSize(), 1]
     */
    Tensor score(Ops ops, Tensor samples);

    /**
     * Scores in a given mode: dropout is active only in {@link Mode#TRAINING}. A discriminator without
     * mode-dependent layers need not override this; the default is {@link #score(Ops, Tensor)} in both modes.
     *
     * @param ops the backend's ops
     * @param samples a batch [batch, sampleShape...]
     * @param mode training or inference
     * @return one score per scored unit, [n, 1]
     */
    default Tensor score(Ops ops, Tensor samples, Mode mode) {
        return score(ops, samples);
    }

    /**
     * Scores samples given their condition, such as their class labels (a projection discriminator, for example).
     * The default ignores the condition and calls {@link #score(Ops, Tensor, Mode)}.
     *
     * @param ops the backend's ops
     * @param samples a batch [batch, sampleShape...]
     * @param condition what each sample is said to be, batch first; {@link Condition#none()} for none
     * @param mode training or inference
     * @return one score per scored unit, [n, 1]
     */
    default Tensor score(Ops ops, Tensor samples, Condition condition, Mode mode) {
        return score(ops, samples, mode);
    }

    /**
     * State that a training step writes besides the weights (running statistics of a normalization layer): the
     * trainer adds these writes to every discriminator update. They are the ones of the latest
     * {@link Mode#TRAINING} pass.
     *
     * @return the writes, empty by default
     */
    default List<Assignment> trainingUpdates() {
        return List.of();
    }

    /** @return the trainable variables, in a fixed order; empty before the first {@link #score} */
    List<Variable> variables();

    /**
     * How many consecutive samples one score judges together: PacGAN's packing degree m (Lin, Khetan, Fanti &amp; Oh,
     * "PacGAN: The power of two samples in generative adversarial networks", NeurIPS 2018). Score k of a batch is
     * computed from samples k·m to k·m + m − 1, so whoever builds a batch to score (a regularizer's interpolates)
     * keeps the samples' order and a multiple of m of them. It is fixed when the discriminator is created.
     *
     * @return m &ge; 1; the default is 1, one score per sample
     * @since 0.1
     */
    default int groupSize() {
        return 1;
    }
}
