package org.gan4j.losses;

import org.gan4j.api.role.Loss;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * The least-squares GAN loss (Mao et al., "Least Squares Generative Adversarial Networks", ICCV 2017, eq. 2) with
 * the paper's 0-1 coding a = 0, b = 1, c = 1:
 * <pre>
 * L_D = ½ E (D(x) − b)² + ½ E (D(G(z)) − a)²
 * L_G = ½ E (D(G(z)) − c)²
 * </pre>
 */
public final class LeastSquaresLoss implements Loss {
    private static final double FAKE_LABEL = 0;
    private static final double REAL_LABEL = 1;
    private static final double GENERATOR_TARGET = 1;

    private static Tensor halfMeanSquare(Ops ops, Tensor scores, double target) {
        return ops.mul(ops.constant(0.5), ops.mean(ops.square(ops.sub(scores, ops.constant(target)))));
    }

    @Override
    public Tensor discriminatorLoss(LossInputs in) {
        Ops ops = in.ops();
        return ops.add(halfMeanSquare(ops, in.realScores(), REAL_LABEL), halfMeanSquare(ops, in.fakeScores(), FAKE_LABEL));
    }

    @Override
    public Tensor generatorLoss(LossInputs in) {
        return halfMeanSquare(in.ops(), in.fakeScores(), GENERATOR_TARGET);
    }
}
