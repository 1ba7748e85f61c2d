package com.example.ganplugin;

import org.gan4j.api.role.Loss;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * The relativistic average hinge loss (RaHinge) of Jolicoeur-Martineau, "The relativistic discriminator: a key
 * element missing from standard GAN", ICLR 2019 (§4.2 and Appendix A). With C the critic, r = C(x), f = C(G(z))
 * and m the margin:
 * <pre>
 * L_D = E_r[max(0, m − (r − E f))] + E_f[max(0, m + (f − E r))]
 * L_G = E_f[max(0, m − (f − E r))] + E_r[max(0, m + (r − E f))]
 * </pre>
 * The paper uses m = 1. Both players see both batches: the generator also pushes real scores down relative to
 * the fakes.
 */
final class RelativisticHingeLoss implements Loss {
    private final double margin;

    RelativisticHingeLoss(double margin) {
        this.margin = margin;
    }

    /** @return E[max(0, m − sign·(a − E b))], the hinge of a relative to the mean of b */
    private Tensor hinge(Ops ops, Tensor a, Tensor b, double sign) {
        Tensor relative = ops.mul(ops.sub(a, ops.mean(b)), ops.constant(sign));
        return ops.mean(ops.relu(ops.sub(ops.constant(margin), relative)));
    }

    @Override
    public Tensor discriminatorLoss(LossInputs in) {
        Ops ops = in.ops();
        return ops.add(hinge(ops, in.realScores(), in.fakeScores(), 1), hinge(ops, in.fakeScores(), in.realScores(), -1));
    }

    @Override
    public Tensor generatorLoss(LossInputs in) {
        Ops ops = in.ops();
        return ops.add(hinge(ops, in.fakeScores(), in.realScores(), 1), hinge(ops, in.realScores(), in.fakeScores(), -1));
    }
}
