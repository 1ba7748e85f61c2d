package org.gan4j.losses;

import org.gan4j.api.role.Loss;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.tensor.Tensor;

/**
 * The original minimax GAN loss (Goodfellow et al., "Generative Adversarial Nets", NeurIPS 2014, eq. 1).
 *
 * <pre>
 * L_D = −E log σ(D(x)) − E log(1 − σ(D(G(z))))  =  E softplus(−D(x)) + E softplus(D(G(z)))
 * L_G =  E log(1 − σ(D(G(z))))                  = −E softplus(D(G(z)))
 * </pre>
 * The generator's gradient vanishes when the discriminator rejects its samples confidently; see
 * {@link NonSaturatingLoss} for the usual remedy.
 */
public final class MinimaxLoss implements Loss {
    @Override
    public Tensor discriminatorLoss(LossInputs in) {
        return in.ops().add(LogisticTerms.meanNegLogSigmoid(in.ops(), in.realScores()),
                LogisticTerms.meanNegLogOneMinusSigmoid(in.ops(), in.fakeScores()));
    }

    @Override
    public Tensor generatorLoss(LossInputs in) {
        return in.ops().neg(LogisticTerms.meanNegLogOneMinusSigmoid(in.ops(), in.fakeScores()));
    }
}
