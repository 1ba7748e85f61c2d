package org.gan4j.optimizers.cgd;

import org.gan4j.tck.JointOptimizerContract;

class CgdContractTest extends JointOptimizerContract {
    CgdContractTest() {
        super(new CgdProvider(), "lr=0.2");
    }
}
