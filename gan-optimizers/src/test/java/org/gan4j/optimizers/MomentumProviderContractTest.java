package org.gan4j.optimizers;

import org.gan4j.api.spi.OptimizerProvider;
import org.gan4j.tck.ProviderContract;

class MomentumProviderContractTest extends ProviderContract<OptimizerProvider> {
    MomentumProviderContractTest() {
        super(OptimizerProvider.class, new MomentumProvider());
    }
}
