package org.gan4j.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gan4j.tck.selftest.KitRuns.failedRules;
import static org.gan4j.tck.selftest.KitRuns.run;

import org.gan4j.api.spi.DiscriminatorProvider;
import org.gan4j.api.tensor.Shape;
import org.gan4j.tck.DiscriminatorContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * {@link DiscriminatorContract}'s packing and weight-seam rules on a correctly packed discriminator and on three that
 * break them.
 */
class DiscriminatorKitSelfTest {
    private static final String SHAPES = "score maps a batch of n samples to [n / groupSize(), 1]; variables appear at the first call";
    private static final String GROUPS = "score k depends on samples k·m to k·m + m − 1 only, m = groupSize(), and on at least one of them";

    private static final String SEAM = "every trainable weight is read through Ops.weight, so a weight transform "
            + "(spectral norm) reaches each use";

    abstract static class OnPoints extends DiscriminatorContract {
        OnPoints(DiscriminatorProvider provider) {
            super(provider, Shape.of(2));
        }
    }

    static class Packed extends OnPoints {
        Packed() {
            super(new DiscriminatorFixtures.PackedProvider());
        }
    }

    static class Undeclared extends OnPoints {
        Undeclared() {
            super(new DiscriminatorFixtures.UndeclaredProvider());
        }
    }

    static class Bypassing extends OnPoints {
        Bypassing() {
            super(new DiscriminatorFixtures.BypassingProvider());
        }
    }

    static class Strided extends OnPoints {
        Strided() {
            super(new DiscriminatorFixtures.StridedProvider());
        }
    }

    @Test
    @DisplayName("a discriminator that scores pairs of consecutive samples and declares groupSize 2 passes every rule")
    void packedPasses() {
        Events events = run(Packed.class);
        assertThat(failedRules(events)).isEmpty();
        assertThat(events.succeeded().count()).isEqualTo(10);
    }

    @Test
    @DisplayName("one that scores pairs but declares groupSize 1 fails the shape rule and the group rule")
    void undeclaredPackingFails() {
        assertThat(failedRules(run(Undeclared.class))).containsExactly(GROUPS, SHAPES);
    }

    @Test
    @DisplayName("one that uses its weight without Ops.weight fails exactly the seam rule")
    void bypassingTheSeamFails() {
        assertThat(failedRules(run(Bypassing.class))).containsExactly(SEAM);
    }

    @Test
    @DisplayName("one that declares pairs but pairs sample k with sample k + n/2 fails exactly the group rule")
    void stridedGroupsFail() {
        assertThat(failedRules(run(Strided.class))).containsExactly(GROUPS);
    }
}
