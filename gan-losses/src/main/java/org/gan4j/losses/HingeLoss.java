package org.gan4j.losses;

import org.gan4j.api.role.Loss;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * The hinge GAN loss (Miyato et al., "Spectral Normalization for GANs", ICLR 2018, eq. 16–17; Lim &amp; Ye 2017):
 * <pre>
 * L_D = E relu(1 − D(x)) + E relu(1 + D(G(z)))
 * L_G = −E D(G(z))
 * </pre>
 */
public final class HingeLoss implements Loss {
    @Override
    public Tensor discriminatorLoss(LossInputs in) {
        Ops ops = in.ops();
        return ops.add(ops.mean(ops.relu(ops.sub(ops.constant(1), in.realScores()))),
                ops.mean(ops.relu(ops.add(ops.constant(1), in.fakeScores()))));
    }

    @Override
    public Tensor generatorLoss(LossInputs in) {
        return in.ops().neg(in.ops().mean(in.fakeScores()));
    }
}
