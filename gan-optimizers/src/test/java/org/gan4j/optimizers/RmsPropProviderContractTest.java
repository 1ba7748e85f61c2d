package org.gan4j.optimizers;

import org.gan4j.api.spi.OptimizerProvider;
import org.gan4j.tck.ProviderContract;

class RmsPropProviderContractTest extends ProviderContract<OptimizerProvider> {
    RmsPropProviderContractTest() {
        super(OptimizerProvider.class, new RmsPropProvider());
    }
}
