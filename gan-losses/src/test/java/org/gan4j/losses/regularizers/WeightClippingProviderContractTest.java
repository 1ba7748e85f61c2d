package org.gan4j.losses.regularizers;

import org.gan4j.api.spi.RegularizerProvider;
import org.gan4j.tck.ProviderContract;

class WeightClippingProviderContractTest extends ProviderContract<RegularizerProvider> {
    WeightClippingProviderContractTest() {
        super(RegularizerProvider.class, new WeightClippingProvider());
    }
}
