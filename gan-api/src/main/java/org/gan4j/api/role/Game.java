package org.gan4j.api.role;

import java.util.List;
import java.util.Objects;
import org.gan4j.api.Experimental;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * A two-player zero-sum game, as a {@link JointOptimizer} sees it: {@code minimizer} minimizes {@code value},
 * {@code maximizer} maximizes it. In a GAN the trainer passes f = −L<sub>D</sub> (penalties included), the
 * generator's variables as the minimizer and the discriminator's as the maximizer; for the WGAN and minimax
 * losses this is exactly the game both players play, for other losses it is the minimax game of L<sub>D</sub>.
 *
 * @param value f, a scalar
 * @param minimizer x, the variables that descend on f
 * @param maximizer y, the variables that ascend on f
 * @since 0.1
 */
@Experimental
public record Game(Tensor value, List<Variable> minimizer, List<Variable> maximizer) {
    /** Copies the lists. */
    public Game {
        Objects.requireNonNull(value, "value");
        minimizer = List.copyOf(minimizer);
        maximizer = List.copyOf(maximizer);
    }
}
