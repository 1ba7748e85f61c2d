package org.gan4j.optimizers;

import org.gan4j.tck.OptimizerContract;

class SgdContractTest extends OptimizerContract {
    SgdContractTest() {
        super(new SgdProvider(), "lr=0.1");
    }
}
