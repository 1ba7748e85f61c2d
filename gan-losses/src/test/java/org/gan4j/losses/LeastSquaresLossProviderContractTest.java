package org.gan4j.losses;

import org.gan4j.api.spi.LossProvider;
import org.gan4j.tck.ProviderContract;

class LeastSquaresLossProviderContractTest extends ProviderContract<LossProvider> {
    LeastSquaresLossProviderContractTest() {
        super(LossProvider.class, new LeastSquaresLossProvider());
    }
}
