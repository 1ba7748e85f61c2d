package org.gan4j.losses.regularizers;

import org.gan4j.tck.RegularizerContract;

/** Spectral normalization transforms weights and adds no penalty. */
class SpectralNormalizationProviderContractTest extends RegularizerContract {
    SpectralNormalizationProviderContractTest() {
        super(new SpectralNormalizationProvider());
    }

    @Override
    protected double expectedPenalty(double[] gradientNorms) {
        return 0;
    }
}
