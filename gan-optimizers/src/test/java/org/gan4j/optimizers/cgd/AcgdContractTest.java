package org.gan4j.optimizers.cgd;

import org.gan4j.tck.JointOptimizerContract;

class AcgdContractTest extends JointOptimizerContract {
    AcgdContractTest() {
        super(new AcgdProvider(), "lr=0.05");
    }
}
