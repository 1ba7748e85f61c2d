package org.gan4j.api.role;

import java.util.List;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Maps latent noise to samples.
 *
 * <p>The first call of {@link #generate} creates the generator's variables; later calls (with the same
 * {@link Ops}) reuse them, so the training batch and the evaluation batch come from one set of weights.
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

    /** @return the trainable variables, in a fixed order; empty before the first {@link #generate} */
    List<Variable> variables();
}
