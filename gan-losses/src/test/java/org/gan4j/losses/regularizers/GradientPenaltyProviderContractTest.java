package org.gan4j.losses.regularizers;

import org.gan4j.tck.RegularizerContract;

/** Penalty at gradient norm 5: two-sided, λ = 10: 10·(5 − 1)². */
class GradientPenaltyProviderContractTest extends RegularizerContract {
    GradientPenaltyProviderContractTest() {
        super(new GradientPenaltyProvider());
    }

    @Override
    protected double expectedPenaltyAtGradientNormFive() {
        return 160;
    }
}
