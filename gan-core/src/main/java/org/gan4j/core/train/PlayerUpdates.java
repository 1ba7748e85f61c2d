package org.gan4j.core.train;

import java.util.Objects;
import org.gan4j.api.role.JointOptimizer;
import org.gan4j.api.role.Optimizer;

/** How the players are updated: each by its own {@link Optimizer}, or both together by a {@link JointOptimizer}. */
public sealed interface PlayerUpdates {
    /**
     * Alternating updates: the discriminator's steps, then the generator's, each with its own rule.
     *
     * @param discriminator D's update rule
     * @param generator G's update rule
     */
    record Separate(Optimizer discriminator, Optimizer generator) implements PlayerUpdates {
        /** Checks both are present. */
        public Separate {
            Objects.requireNonNull(discriminator, "discriminator optimizer");
            Objects.requireNonNull(generator, "generator optimizer");
        }
    }

    /**
     * Simultaneous updates: both players' gradients taken at the same point, on the same batch and the same generated
     * samples, and both applied in one run, as TensorFlow's DCGAN tutorial trains (one discriminator step per
     * generator step). It computes G(z) and D(G(z)) once per step where alternating updates compute them twice.
     *
     * @param discriminator D's update rule
     * @param generator G's update rule
     */
    record Simultaneous(Optimizer discriminator, Optimizer generator) implements PlayerUpdates {
        /** Checks both are present. */
        public Simultaneous {
            Objects.requireNonNull(discriminator, "discriminator optimizer");
            Objects.requireNonNull(generator, "generator optimizer");
        }
    }

    /**
     * One game step that moves both players.
     *
     * @param optimizer the joint rule
     */
    record Joint(JointOptimizer optimizer) implements PlayerUpdates {
        /** Checks it is present. */
        public Joint {
            Objects.requireNonNull(optimizer, "joint optimizer");
        }
    }
}
