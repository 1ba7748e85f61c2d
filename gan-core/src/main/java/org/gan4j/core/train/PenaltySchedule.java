package org.gan4j.core.train;

import java.util.List;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * Which regularizers' penalties each discriminator update adds to L<sub>D</sub>, by their
 * {@link Regularizer#penaltyInterval() penalty intervals} (lazy regularization, Karras et al., "Analyzing and Improving
 * the Image Quality of StyleGAN", CVPR 2020, §3.1). A regularizer with interval 1 adds its penalty to every update; one
 * with interval k &gt; 1 is lazy: it adds k · its penalty to update r when r mod k = 0, and nothing to the others.
 *
 * <p>With m lazy regularizers the updates come in 2<sup>m</sup> variants: variant v adds lazy regularizer i's penalty
 * when bit i of v is set (so variant 0 adds none of theirs, and without lazy regularizers there is one variant, which
 * adds every penalty). Updates are counted from 0 over the whole run, so an update's variant follows from its number
 * alone and a resumed run chooses as an uninterrupted one.
 */
final class PenaltySchedule {
    /** At most this many lazy regularizers; each one doubles the compiled variants of the discriminator's update. */
    static final int MAX_LAZY = 3;

    private final int[] intervals;
    private final int lazyCount;

    /** @param regularizers the discriminator's regularizers, in order */
    PenaltySchedule(List<Regularizer> regularizers) {
        intervals = new int[regularizers.size()];
        int lazy = 0;
        for (int i = 0; i < intervals.length; i++) {
            Regularizer r = regularizers.get(i);
            intervals[i] = r.penaltyInterval();
            if (intervals[i] < 1) {
                throw new GanException("the regularizer " + r.getClass().getSimpleName() + " has penalty interval "
                        + intervals[i] + "; Regularizer.penaltyInterval() must be at least 1 (1 adds the penalty to "
                        + "every discriminator update)");
            }
            lazy += intervals[i] > 1 ? 1 : 0;
        }
        if (lazy > MAX_LAZY) {
            throw new GanException(lazy + " regularizers add their penalties lazily (penalty interval > 1); at most "
                    + MAX_LAZY + " may, since each one doubles the compiled discriminator updates; give the others "
                    + "interval 1");
        }
        lazyCount = lazy;
    }

    /** @return whether some regularizer adds its penalty lazily */
    boolean lazy() {
        return lazyCount > 0;
    }

    /** @return how many variants of the discriminator's update there are: 2<sup>m</sup> */
    int variants() {
        return 1 << lazyCount;
    }

    /**
     * @param update a discriminator update's number, counted from 0 over the whole run
     * @return its variant: bit i set when lazy regularizer i is due
     */
    int variantOf(long update) {
        int variant = 0;
        int bit = 0;
        for (int interval : intervals) {
            if (interval > 1) {
                variant |= (update % interval == 0 ? 1 : 0) << bit++;
            }
        }
        return variant;
    }

    /**
     * @param ops the ops
     * @param penalties each regularizer's penalty, in the regularizers' order
     * @param variant a variant
     * @return the sum of the penalties the variant adds, lazy ones times their interval; null when it adds none
     */
    Tensor penalty(Ops ops, List<Tensor> penalties, int variant) {
        Tensor sum = null;
        int bit = 0;
        for (int i = 0; i < intervals.length; i++) {
            Tensor term = penalties.get(i);
            if (intervals[i] > 1) {
                if ((variant >> bit++ & 1) == 0) {
                    continue;
                }
                term = ops.mul(ops.constant(intervals[i]), term);
            }
            sum = sum == null ? term : ops.add(sum, term);
        }
        return sum;
    }

    /**
     * @param variant a variant
     * @return a suffix for the name of its compiled step: none without lazy regularizers, else {@code -lazy} and
     *     one digit per lazy regularizer, 1 where it adds its penalty ({@code -lazy10})
     */
    String suffix(int variant) {
        StringBuilder digits = new StringBuilder(lazyCount == 0 ? "" : "-lazy");
        for (int bit = 0; bit < lazyCount; bit++) {
            digits.append(variant >> bit & 1);
        }
        return digits.toString();
    }
}
