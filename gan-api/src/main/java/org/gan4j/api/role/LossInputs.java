package org.gan4j.api.role;

import java.util.Objects;
import org.gan4j.api.Stable;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Tensor;

/**
 * What a {@link Loss} sees: the discriminator's raw outputs on a real and on a generated batch.
 *
 * @param ops the backend's ops
 * @param realScores D(x), shape [n, 1]: logits or critic values, never probabilities
 * @param fakeScores D(G(z)), shape [m, 1]
 * @since 0.1
 */
@Stable
public record LossInputs(Ops ops, Tensor realScores, Tensor fakeScores) {
    /** Checks that every part is present. */
    public LossInputs {
        Objects.requireNonNull(ops, "ops");
        Objects.requireNonNull(realScores, "realScores");
        Objects.requireNonNull(fakeScores, "fakeScores");
    }
}
