package org.gan4j.losses;

import org.gan4j.api.role.Loss;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * The relativistic average GAN loss, RaSGAN (Jolicoeur-Martineau, "The relativistic discriminator: a key element
 * missing from standard GAN", ICLR 2019, eq. 15–16):
 * <pre>
 * L_D = −E log σ(D(x) − E D(G(z))) − E log(1 − σ(D(G(z)) − E D(x)))
 * L_G = −E log σ(D(G(z)) − E D(x)) − E log(1 − σ(D(x) − E D(G(z))))
 * </pre>
 * with −log σ(t) = softplus(−t) and −log(1 − σ(t)) = softplus(t). The generator's term depends on real scores too.
 */
public final class RelativisticAverageLoss implements Loss {

    /**
     * The shape both terms share: −E log σ(f − E o) − E log(1 − σ(o − E f)).
     *
     * @param favoured f: the scores that should come out higher (real for D, generated for G)
     * @param other o: the other batch's scores
     */
    private static Tensor terms(Ops ops, Tensor favoured, Tensor other) {
        Tensor favouredMargin = ops.sub(favoured, ops.mean(other));
        Tensor otherMargin = ops.sub(other, ops.mean(favoured));
        return ops.add(LogisticTerms.meanNegLogSigmoid(ops, favouredMargin),
                LogisticTerms.meanNegLogOneMinusSigmoid(ops, otherMargin));
    }

    @Override
    public Tensor discriminatorLoss(LossInputs in) {
        return terms(in.ops(), in.realScores(), in.fakeScores());
    }

    @Override
    public Tensor generatorLoss(LossInputs in) {
        return terms(in.ops(), in.fakeScores(), in.realScores());
    }
}
