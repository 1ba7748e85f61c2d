package org.gan4j.optimizers;

import org.gan4j.tck.OptimizerContract;

class AdamContractTest extends OptimizerContract {
    AdamContractTest() {
        super(new AdamProvider(), "lr=0.05");
    }
}
