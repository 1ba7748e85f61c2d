package org.gan4j.losses;

import org.gan4j.api.spi.LossProvider;
import org.gan4j.tck.ProviderContract;

class NonSaturatingLossProviderContractTest extends ProviderContract<LossProvider> {
    NonSaturatingLossProviderContractTest() {
        super(LossProvider.class, new NonSaturatingLossProvider());
    }
}
