package org.gan4j.tck.selftest;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Loss;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.spi.LossProvider;
import org.gan4j.api.spi.OptimizerProvider;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.Tensor;

/** Providers the kit is tried on: two correct ones, and each with one deliberate mistake. */
final class Fixtures {
    private Fixtures() {
    }

    /** The Wasserstein loss: L_D = mean D(G(z)) − mean D(x), L_G = −mean D(G(z)). Correct. */
    public static final class CriticLossProvider implements LossProvider {
        @Override
        public String id() {
            return "selftest-critic";
        }

        @Override
        public String description() {
            return "the WGAN critic loss, correct";
        }

        @Override
        public Loss create(Hyperparameters hyperparameters) {
            return critic(false);
        }
    }

    /** The same loss with the generator's sign flipped, L_G = +mean D(G(z)): G would be trained to lose. */
    public static final class FlippedGeneratorLossProvider implements LossProvider {
        @Override
        public String id() {
            return "selftest-flipped";
        }

        @Override
        public String description() {
            return "the WGAN critic loss with the generator's sign flipped, deliberately wrong";
        }

        @Override
        public Loss create(Hyperparameters hyperparameters) {
            return critic(true);
        }
    }

    private static Loss critic(boolean flipGenerator) {
        return new Loss() {
            @Override
            public Tensor discriminatorLoss(LossInputs in) {
                return in.ops().sub(in.ops().mean(in.fakeScores()), in.ops().mean(in.realScores()));
            }

            @Override
            public Tensor generatorLoss(LossInputs in) {
                Tensor mean = in.ops().mean(in.fakeScores());
                return flipGenerator ? mean : in.ops().neg(mean);
            }
        };
    }

    /** Gradient descent, θ ← θ − η·g with η = {@code lr}. Correct. */
    public static final class DescentProvider implements OptimizerProvider {
        @Override
        public String id() {
            return "selftest-descent";
        }

        @Override
        public String description() {
            return "gradient descent, correct";
        }

        @Override
        public Optimizer create(Hyperparameters hyperparameters) {
            return rule(hyperparameters.getDouble(id(), "lr", 0.1), -1);
        }
    }

    /** Gradient ascent, θ ← θ + η·g: the sign of the step is wrong. */
    public static final class AscentProvider implements OptimizerProvider {
        @Override
        public String id() {
            return "selftest-ascent";
        }

        @Override
        public String description() {
            return "gradient descent with the step's sign flipped, deliberately wrong";
        }

        @Override
        public Optimizer create(Hyperparameters hyperparameters) {
            return rule(hyperparameters.getDouble(id(), "lr", 0.1), +1);
        }
    }

    private static Optimizer rule(double learningRate, int direction) {
        return (ops, player, parameters, gradients) -> {
            List<Assignment> writes = new ArrayList<>();
            for (int i = 0; i < parameters.size(); i++) {
                Tensor step = ops.mul(gradients.get(i), ops.constant(direction * learningRate));
                writes.add(new Assignment(parameters.get(i), ops.add(parameters.get(i), step)));
            }
            return UpdatePlan.of(writes);
        };
    }
}
