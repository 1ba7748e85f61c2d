package org.gan4j.losses;

import org.gan4j.api.spi.LossProvider;
import org.gan4j.tck.ProviderContract;

class MinimaxLossProviderContractTest extends ProviderContract<LossProvider> {
    MinimaxLossProviderContractTest() {
        super(LossProvider.class, new MinimaxLossProvider());
    }
}
