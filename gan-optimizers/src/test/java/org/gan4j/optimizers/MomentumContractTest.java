package org.gan4j.optimizers;

import org.gan4j.tck.OptimizerContract;

class MomentumContractTest extends OptimizerContract {
    MomentumContractTest() {
        super(new MomentumProvider(), "lr=0.05,momentum=0.9");
    }
}
