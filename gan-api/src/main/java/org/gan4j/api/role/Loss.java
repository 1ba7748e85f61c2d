package org.gan4j.api.role;

import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Tensor;

/**
 * An adversarial objective: one term the discriminator minimizes and one the generator minimizes.
 *
 * <p>Both terms are scalars built from raw discriminator outputs (logits or critic values). Implementations
 * state their formula and paper in their Javadoc, and write log σ(t) as −softplus(−t) so that large logits do
 * not overflow.
 *
 * @since 0.1
 */
@Stable
public interface Loss {
    /**
     * @param in the discriminator's outputs on real and generated samples
     * @return L_D, a scalar the discriminator minimizes
     */
    Tensor discriminatorLoss(LossInputs in);

    /**
     * @param in the discriminator's outputs on real and generated samples
     * @return L_G, a scalar the generator minimizes
     */
    Tensor generatorLoss(LossInputs in);
}
