package org.gan4j.losses.regularizers;

import org.gan4j.tck.RegularizerContract;

/** Penalty at gradient norm 5: spectral normalization transforms weights and adds no penalty. */
class SpectralNormalizationProviderContractTest extends RegularizerContract {
    SpectralNormalizationProviderContractTest() {
        super(new SpectralNormalizationProvider());
    }

    @Override
    protected double expectedPenaltyAtGradientNormFive() {
        return 0;
    }
}
