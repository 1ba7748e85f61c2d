package org.gan4j.core.layers;

import org.gan4j.api.GanException;
import org.gan4j.api.role.Mode;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * Inverted dropout (Srivastava et al., JMLR 2014): in training each element is kept with probability 1 − rate and
 * scaled by 1/(1 − rate), so the expected value is unchanged; in inference it is the identity. The mask comes from
 * the keyed random stream {@value #STREAM}, so a run is reproducible and a resumed run draws the same masks.
 */
public final class Dropout implements Layer {
    /** The random stream the masks are drawn from. */
    public static final String STREAM = "dropout";
    private final double rate;

    /** @param rate the probability of dropping an element, in [0, 1) */
    public Dropout(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new GanException("dropout rate = " + rate + " is invalid; it must be in [0, 1)");
        }
        this.rate = rate;
    }

    @Override
    public Tensor apply(Ops ops, Tensor x, Mode mode) {
        if (mode == Mode.INFERENCE || rate == 0) {
            return x;
        }
        if (!x.shape().isFullyDefined()) {
            throw new GanException("dropout needs a fully defined input shape to draw its mask, got " + x.shape());
        }
        Tensor keep = ops.greater(ops.randomUniform(x.shape(), STREAM), ops.constant(rate));
        return ops.mul(x, ops.mul(keep, ops.constant(1 / (1 - rate))));
    }
}
