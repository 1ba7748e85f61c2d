package org.gan4j.losses.regularizers;

import org.gan4j.api.spi.RegularizerProvider;
import org.gan4j.tck.ProviderContract;

class SpectralNormalizationProviderContractTest extends ProviderContract<RegularizerProvider> {
    SpectralNormalizationProviderContractTest() {
        super(RegularizerProvider.class, new SpectralNormalizationProvider());
    }
}
