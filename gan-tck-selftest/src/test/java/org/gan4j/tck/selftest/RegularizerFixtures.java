package org.gan4j.tck.selftest;

import java.util.List;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.RegularizerInputs;
import org.gan4j.api.spi.RegularizerProvider;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * Gradient penalties the kit is tried on, for samples [n, f]: WGAN-GP's λ·mean((‖∇D(x̂ᵢ)‖ − 1)²) with λ = 10 at
 * x̂ᵢ = εᵢ·xᵢ + (1 − εᵢ)·x̃ᵢ, correct, and each with one deliberate mistake. On a critic whose gradient is the same
 * everywhere (a linear one) all three give the same value.
 */
final class RegularizerFixtures {
    static final double LAMBDA = 10;

    private RegularizerFixtures() {
    }

    private enum Mistake { NONE, EPSILON_PER_ELEMENT, SQUARE_OF_MEAN }

    /** WGAN-GP, correct. */
    public static final class PenaltyProvider implements RegularizerProvider {
        @Override
        public String id() {
            return "selftest-gp";
        }

        @Override
        public String description() {
            return "the WGAN-GP penalty, correct";
        }

        @Override
        public Regularizer create(Hyperparameters hyperparameters) {
            return new Penalty(Mistake.NONE);
        }
    }

    /** Draws ε for every element instead of every sample: its points leave the segment between each pair. */
    public static final class WrongSamplesProvider implements RegularizerProvider {
        @Override
        public String id() {
            return "selftest-gp-wrong-samples";
        }

        @Override
        public String description() {
            return "the WGAN-GP penalty with one epsilon per element, deliberately wrong";
        }

        @Override
        public Regularizer create(Hyperparameters hyperparameters) {
            return new Penalty(Mistake.EPSILON_PER_ELEMENT);
        }
    }

    /** Squares the mean distance instead of averaging the squares: λ·(mean ‖∇D‖ − 1)², a wrong value. */
    public static final class WrongValueProvider implements RegularizerProvider {
        @Override
        public String id() {
            return "selftest-gp-wrong-value";
        }

        @Override
        public String description() {
            return "the WGAN-GP penalty with the square of the mean, deliberately wrong";
        }

        @Override
        public Regularizer create(Hyperparameters hyperparameters) {
            return new Penalty(Mistake.SQUARE_OF_MEAN);
        }
    }

    private record Penalty(Mistake mistake) implements Regularizer {
        @Override
        public Tensor penalty(RegularizerInputs in) {
            return RegularizerFixtures.penalty(in, mistake);
        }
    }

    private static Tensor penalty(RegularizerInputs in, Mistake mistake) {
        Ops ops = in.ops();
        Shape shape = in.real().shape();
        Shape perSample = mistake == Mistake.EPSILON_PER_ELEMENT ? shape : Shape.of(shape.size(0), 1);
        Tensor epsilon = ops.randomUniform(perSample, "selftest_gp");
        Tensor points = ops.add(ops.mul(epsilon, in.real()), ops.mul(ops.sub(ops.constant(1), epsilon), in.fake()));
        Tensor gradient = ops.gradients(ops.sum(in.discriminator().score(ops, points)), List.of(points)).get(0);
        Tensor norms = ops.sqrt(ops.add(ops.sum(ops.square(gradient), 1), ops.constant(1e-12)));
        Tensor one = ops.constant(1);
        Tensor value = mistake == Mistake.SQUARE_OF_MEAN ? ops.square(ops.sub(ops.mean(norms), one))
                : ops.mean(ops.square(ops.sub(norms, one)));
        return ops.mul(ops.constant(LAMBDA), value);
    }
}
