package org.gan4j.optimizers;

import org.gan4j.api.spi.OptimizerProvider;
import org.gan4j.tck.ProviderContract;

class SgdProviderContractTest extends ProviderContract<OptimizerProvider> {
    SgdProviderContractTest() {
        super(OptimizerProvider.class, new SgdProvider());
    }
}
