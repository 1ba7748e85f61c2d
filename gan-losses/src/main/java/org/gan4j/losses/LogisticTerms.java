package org.gan4j.losses;

import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/** The logistic terms the classifying GAN losses share, in overflow-free softplus form. */
final class LogisticTerms {
    private LogisticTerms() {
    }

    /**
     * @return −E log σ(t) = E softplus(−t): the cross-entropy of calling logits {@code t} "real"
     */
    static Tensor meanNegLogSigmoid(Ops ops, Tensor t) {
        return ops.mean(ops.softplus(ops.neg(t)));
    }

    /**
     * @return −E log(1 − σ(t)) = E softplus(t): the cross-entropy of calling logits {@code t} "fake"
     */
    static Tensor meanNegLogOneMinusSigmoid(Ops ops, Tensor t) {
        return ops.mean(ops.softplus(t));
    }
}
