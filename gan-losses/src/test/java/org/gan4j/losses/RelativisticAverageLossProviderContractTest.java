package org.gan4j.losses;

import org.gan4j.api.spi.LossProvider;
import org.gan4j.tck.ProviderContract;

class RelativisticAverageLossProviderContractTest extends ProviderContract<LossProvider> {
    RelativisticAverageLossProviderContractTest() {
        super(LossProvider.class, new RelativisticAverageLossProvider());
    }
}
