package org.gan4j.losses;

import org.gan4j.api.spi.LossProvider;
import org.gan4j.tck.ProviderContract;

class WassersteinLossProviderContractTest extends ProviderContract<LossProvider> {
    WassersteinLossProviderContractTest() {
        super(LossProvider.class, new WassersteinLossProvider());
    }
}
