package org.gan4j.losses.regularizers;

import java.util.Arrays;
import org.gan4j.tck.RegularizerContract;

/**
 * R1 with γ = 10 (Mescheder et al. 2018, eq. 9): γ/2 · mean over the real samples of ‖∇D(x)‖². It scores the real
 * samples only, which lie at ε = 1 of each pair's segment.
 */
class R1PenaltyProviderContractTest extends RegularizerContract {
    R1PenaltyProviderContractTest() {
        super(new R1PenaltyProvider());
    }

    @Override
    protected double expectedPenalty(double[] gradientNorms) {
        return 10 / 2.0 * Arrays.stream(gradientNorms).map(n -> n * n).average().orElseThrow();
    }
}
