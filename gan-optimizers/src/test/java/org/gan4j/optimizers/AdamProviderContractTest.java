package org.gan4j.optimizers;

import org.gan4j.api.spi.OptimizerProvider;
import org.gan4j.tck.ProviderContract;

class AdamProviderContractTest extends ProviderContract<OptimizerProvider> {
    AdamProviderContractTest() {
        super(OptimizerProvider.class, new AdamProvider());
    }
}
