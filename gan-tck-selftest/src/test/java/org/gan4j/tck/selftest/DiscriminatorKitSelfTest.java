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

/** {@link DiscriminatorContract}'s packing rules on a correctly packed discriminator and on two that break them. */
class DiscriminatorKitSelfTest {
    private static final String SHAPES = "score maps a batch of n samples to [n / groupSize(), 1]; variables appear at the first call";
    private static final String GROUPS = "score k depends on samples k·m to k·m + m − 1 only, m = groupSize(), and on at least one of them";

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
        assertThat(events.succeeded().count()).isEqualTo(9);
    }

    @Test
    @DisplayName("one that scores pairs but declares groupSize 1 fails the shape rule and the group rule")
    void undeclaredPackingFails() {
        assertThat(failedRules(run(Undeclared.class))).containsExactly(GROUPS, SHAPES);
    }

    @Test
    @DisplayName("one that declares pairs but pairs sample k with sample k + n/2 fails exactly the group rule")
    void stridedGroupsFail() {
        assertThat(failedRules(run(Strided.class))).containsExactly(GROUPS);
    }
}
