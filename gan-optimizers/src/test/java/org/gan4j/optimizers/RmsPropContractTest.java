package org.gan4j.optimizers;

import org.gan4j.tck.OptimizerContract;

class RmsPropContractTest extends OptimizerContract {
    RmsPropContractTest() {
        super(new RmsPropProvider(), "lr=0.01");
    }
}
