package org.gan4j.losses.regularizers;

import org.gan4j.api.spi.RegularizerProvider;
import org.gan4j.tck.ProviderContract;

class OneSidedGradientPenaltyProviderContractTest extends ProviderContract<RegularizerProvider> {
    OneSidedGradientPenaltyProviderContractTest() {
        super(RegularizerProvider.class, new OneSidedGradientPenaltyProvider());
    }
}
