package org.gan4j.tck.selftest;

import java.util.List;
import java.util.Set;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.spi.DiscriminatorProvider;
import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Packed linear discriminators the kit is tried on: a group's score is the sum of x·w over its samples. One groups
 * pairs of consecutive samples and says so, correct; one groups pairs but declares no packing; one declares pairs
 * but pairs sample k with sample k + n/2; one is correct but uses its weight without {@code Ops.weight}.
 */
final class DiscriminatorFixtures {
    private DiscriminatorFixtures() {
    }

    private enum Grouping { CONSECUTIVE, UNDECLARED, STRIDED, BYPASSING_THE_SEAM }

    /** Groups of two consecutive samples, declared. */
    public static final class PackedProvider implements DiscriminatorProvider {
        @Override
        public String id() {
            return "selftest-packed";
        }

        @Override
        public String description() {
            return "a linear discriminator scoring pairs of consecutive samples, correct";
        }

        @Override
        public Discriminator create(Shape sampleShape, Hyperparameters hyperparameters) {
            hyperparameters.requireOnly(id(), Set.of());
            return new Packed(sampleShape, Grouping.CONSECUTIVE);
        }
    }

    /** Groups of two, but {@code groupSize()} says 1. */
    public static final class UndeclaredProvider implements DiscriminatorProvider {
        @Override
        public String id() {
            return "selftest-packed-undeclared";
        }

        @Override
        public String description() {
            return "a linear discriminator scoring pairs without declaring it, deliberately wrong";
        }

        @Override
        public Discriminator create(Shape sampleShape, Hyperparameters hyperparameters) {
            hyperparameters.requireOnly(id(), Set.of());
            return new Packed(sampleShape, Grouping.UNDECLARED);
        }
    }

    /** Correct pairs, but the weight is used directly, not read through {@code Ops.weight}. */
    public static final class BypassingProvider implements DiscriminatorProvider {
        @Override
        public String id() {
            return "selftest-packed-bypassing";
        }

        @Override
        public String description() {
            return "a linear discriminator using its weight without Ops.weight, deliberately wrong";
        }

        @Override
        public Discriminator create(Shape sampleShape, Hyperparameters hyperparameters) {
            hyperparameters.requireOnly(id(), Set.of());
            return new Packed(sampleShape, Grouping.BYPASSING_THE_SEAM);
        }
    }

    /** Declares pairs, scores samples k and k + n/2 together. */
    public static final class StridedProvider implements DiscriminatorProvider {
        @Override
        public String id() {
            return "selftest-packed-strided";
        }

        @Override
        public String description() {
            return "a linear discriminator pairing samples k and k + n/2, deliberately wrong";
        }

        @Override
        public Discriminator create(Shape sampleShape, Hyperparameters hyperparameters) {
            hyperparameters.requireOnly(id(), Set.of());
            return new Packed(sampleShape, Grouping.STRIDED);
        }
    }

    private static final class Packed implements Discriminator {
        private static final int PACK = 2;
        private final Shape sampleShape;
        private final Grouping grouping;
        private Variable w;

        Packed(Shape sampleShape, Grouping grouping) {
            this.sampleShape = sampleShape;
            this.grouping = grouping;
        }

        @Override
        public Tensor score(Ops ops, Tensor samples) {
            if (w == null) {
                w = ops.variable("selftest_w", Shape.of(sampleShape.numElements(), 1), Initializer.glorotUniform(), true);
            }
            Tensor each = ops.matmul(ops.reshape(samples, Shape.of(Shape.UNKNOWN, sampleShape.numElements())),
                    grouping == Grouping.BYPASSING_THE_SEAM ? w : ops.weight(w));
            Tensor groups = grouping == Grouping.STRIDED ? ops.sum(ops.reshape(each, Shape.of(PACK, Shape.UNKNOWN)), 0)
                    : ops.sum(ops.reshape(each, Shape.of(Shape.UNKNOWN, PACK)), 1);
            return ops.reshape(groups, Shape.of(Shape.UNKNOWN, 1));
        }

        @Override
        public List<Variable> variables() {
            return w == null ? List.of() : List.of(w);
        }

        @Override
        public int groupSize() {
            return grouping == Grouping.UNDECLARED ? 1 : PACK;
        }
    }
}
