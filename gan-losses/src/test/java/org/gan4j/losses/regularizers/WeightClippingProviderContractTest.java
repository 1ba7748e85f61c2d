package org.gan4j.losses.regularizers;

import org.gan4j.tck.RegularizerContract;

/** Penalty at gradient norm 5: clipping constrains updates and adds no penalty. */
class WeightClippingProviderContractTest extends RegularizerContract {
    WeightClippingProviderContractTest() {
        super(new WeightClippingProvider());
    }

    @Override
    protected double expectedPenaltyAtGradientNormFive() {
        return 0;
    }
}
