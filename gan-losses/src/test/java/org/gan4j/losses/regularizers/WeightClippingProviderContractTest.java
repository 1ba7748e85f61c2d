package org.gan4j.losses.regularizers;

import org.gan4j.tck.RegularizerContract;

/** Clipping constrains updates and adds no penalty. */
class WeightClippingProviderContractTest extends RegularizerContract {
    WeightClippingProviderContractTest() {
        super(new WeightClippingProvider());
    }

    @Override
    protected double expectedPenalty(double[] gradientNorms) {
        return 0;
    }
}
