package org.gan4j.losses.regularizers;

import org.gan4j.tck.RegularizerContract;

/** Penalty at gradient norm 5: one-sided, λ = 10: 10·max(0, 5 − 1)². */
class OneSidedGradientPenaltyProviderContractTest extends RegularizerContract {
    OneSidedGradientPenaltyProviderContractTest() {
        super(new OneSidedGradientPenaltyProvider());
    }

    @Override
    protected double expectedPenaltyAtGradientNormFive() {
        return 160;
    }
}
