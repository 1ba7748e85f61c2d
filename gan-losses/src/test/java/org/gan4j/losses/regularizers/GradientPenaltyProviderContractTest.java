package org.gan4j.losses.regularizers;

import java.util.Arrays;
import org.gan4j.tck.RegularizerContract;

/** WGAN-GP with λ = 10 (Gulrajani et al. 2017, Algorithm 1): 10 · mean over the interpolates of (‖∇D‖ − 1)². */
class GradientPenaltyProviderContractTest extends RegularizerContract {
    GradientPenaltyProviderContractTest() {
        super(new GradientPenaltyProvider());
    }

    @Override
    protected double expectedPenalty(double[] gradientNorms) {
        return 10 * Arrays.stream(gradientNorms).map(n -> (n - 1) * (n - 1)).average().orElseThrow();
    }
}
