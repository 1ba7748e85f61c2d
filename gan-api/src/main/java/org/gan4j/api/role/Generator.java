package org.gan4j.api.role;

import java.util.List;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Maps latent noise to samples.
 *
 * <p>The first call of {@link #generate} creates the generator's variables; later calls (with the same
 * {@link Ops}) reuse them, so the training batch and the evaluation batch come from one set of weights. A
 * generator reads each trainable weight through {@link Ops#weight}, so that the trainer can sample with averaged
 * weights.
 *
 * @since 0.1
 */
@Stable
public interface Generator {
    /** @return the number of latent dimensions; noise is standard normal of shape [batch, latentDimension] */
    int latentDimension();

    /** @return the shape of one sample, without the batch dimension */
    Shape sampleShape();

    /**
     * @param ops the backend's ops
     * @param noise latent noise [batch, latentDimension]
     * @return samples [batch, sampleShape...]
     */
    Tensor generate(Ops ops, Tensor noise);

    /**
     * Generates in a given mode. The trainer traces its training step with {@link Mode#TRAINING} and its samples
     * with {@link Mode#INFERENCE}. A generator without mode-dependent layers need not override this; the default
     * is {@link #generate(Ops, Tensor)} in both modes.
     *
     * @param ops the backend's ops
     * @param noise latent noise [batch, latentDimension]
     * @param mode training or inference
     * @return samples [batch, sampleShape...]
     */
    default Tensor generate(Ops ops, Tensor noise, Mode mode) {
        return generate(ops, noise);
    }

    /**
     * Generates for a condition, such as the class labels each sample should have. This is what the trainer calls;
     * a generator that does not condition need not override it: the default ignores the condition and calls
     * {@link #generate(Ops, Tensor, Mode)}.
     *
     * @param ops the backend's ops
     * @param noise latent noise [batch, latentDimension]
     * @param condition what each sample should be, batch first; {@link Condition#none()} for an unconditional batch
     * @param mode training or inference
     * @return samples [batch, sampleShape...]
     */
    default Tensor generate(Ops ops, Tensor noise, Condition condition, Mode mode) {
        return generate(ops, noise, mode);
    }

    /**
     * State that a training step writes besides the weights, such as batch normalization's running mean and
     * variance: the trainer adds these writes to every generator update. They are the ones of the latest
     * {@link Mode#TRAINING} pass.
     *
     * @return the writes, empty by default
     */
    default List<Assignment> trainingUpdates() {
        return List.of();
    }

    /** @return the trainable variables, in a fixed order; empty before the first {@link #generate} */
    List<Variable> variables();
}
