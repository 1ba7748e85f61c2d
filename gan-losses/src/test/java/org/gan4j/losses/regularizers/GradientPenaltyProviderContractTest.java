package org.gan4j.losses.regularizers;

import org.gan4j.api.spi.RegularizerProvider;
import org.gan4j.tck.ProviderContract;

class GradientPenaltyProviderContractTest extends ProviderContract<RegularizerProvider> {
    GradientPenaltyProviderContractTest() {
        super(RegularizerProvider.class, new GradientPenaltyProvider());
    }
}
