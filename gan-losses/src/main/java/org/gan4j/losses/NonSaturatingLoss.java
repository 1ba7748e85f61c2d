package org.gan4j.losses;

import org.gan4j.api.role.Loss;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.tensor.Tensor;

/**
 * The non-saturating GAN loss (Goodfellow et al., NeurIPS 2014, §3: "train G to maximize log D(G(z))").
 *
 * <pre>
 * L_D = −E log σ(D(x)) − E log(1 − σ(D(G(z))))  =  E softplus(−D(x)) + E softplus(D(G(z)))
 * L_G = −E log σ(D(G(z)))                       =  E softplus(−D(G(z)))
 * </pre>
 */
public final class NonSaturatingLoss implements Loss {
    @Override
    public Tensor discriminatorLoss(LossInputs in) {
        return new MinimaxLoss().discriminatorLoss(in);
    }

    @Override
    public Tensor generatorLoss(LossInputs in) {
        return LogisticTerms.meanNegLogSigmoid(in.ops(), in.fakeScores());
    }
}
