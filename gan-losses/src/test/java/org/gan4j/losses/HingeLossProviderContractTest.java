package org.gan4j.losses;

import org.gan4j.api.spi.LossProvider;
import org.gan4j.tck.ProviderContract;

class HingeLossProviderContractTest extends ProviderContract<LossProvider> {
    HingeLossProviderContractTest() {
        super(LossProvider.class, new HingeLossProvider());
    }
}
