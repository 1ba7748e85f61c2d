package org.gan4j.losses;

import org.gan4j.api.role.Loss;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.tensor.Tensor;

/**
 * The Wasserstein GAN loss (Arjovsky, Chintala &amp; Bottou, "Wasserstein GAN", ICML 2017, Algorithm 1), on raw
 * critic values:
 * <pre>
 * L_D = E D(G(z)) − E D(x)
 * L_G = −E D(G(z))
 * </pre>
 * The critic must be kept Lipschitz (weight clipping, a gradient penalty or spectral normalization); without
 * that L_D is unbounded below.
 */
public final class WassersteinLoss implements Loss {
    @Override
    public Tensor discriminatorLoss(LossInputs in) {
        return in.ops().sub(in.ops().mean(in.fakeScores()), in.ops().mean(in.realScores()));
    }

    @Override
    public Tensor generatorLoss(LossInputs in) {
        return in.ops().neg(in.ops().mean(in.fakeScores()));
    }
}
