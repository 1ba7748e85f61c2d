package org.gan4j.losses.regularizers;

import java.util.Arrays;
import org.gan4j.tck.RegularizerContract;

/** WGAN-LP with λ = 10 (Petzka et al. 2018): 10 · mean over the interpolates of max(0, ‖∇D‖ − 1)². */
class OneSidedGradientPenaltyProviderContractTest extends RegularizerContract {
    OneSidedGradientPenaltyProviderContractTest() {
        super(new OneSidedGradientPenaltyProvider());
    }

    @Override
    protected double expectedPenalty(double[] gradientNorms) {
        return 10 * Arrays.stream(gradientNorms).map(n -> Math.pow(Math.max(0, n - 1), 2)).average().orElseThrow();
    }
}
