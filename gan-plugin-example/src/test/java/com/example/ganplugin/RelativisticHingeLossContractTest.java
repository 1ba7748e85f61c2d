package com.example.ganplugin;

import org.gan4j.tck.LossContract;

/**
 * The kit on r = (−2, 1), f = (0.2, 0.4): E r = −0.5, E f = 0.3, so r − E f = (−2.3, 0.7) and f − E r = (0.7, 0.9).
 * By hand:
 * <pre>
 * L_D = mean(max(0, 1 − (−2.3, 0.7))) + mean(max(0, 1 + (0.7, 0.9))) = mean(3.3, 0.3) + mean(1.7, 1.9) = 1.8 + 1.8 = 3.6
 * L_G = mean(max(0, 1 − (0.7, 0.9))) + mean(max(0, 1 + (−2.3, 0.7))) = mean(0.3, 0.1) + mean(0, 1.7) = 0.2 + 0.85 = 1.05
 * </pre>
 * The outputs leave one hinge term inactive, so L_G's gradient with respect to the fakes does not sum to zero
 * (with every term active it would: L_G is then unchanged when all fakes shift together).
 */
class RelativisticHingeLossContractTest extends LossContract {
    RelativisticHingeLossContractTest() {
        super(new RelativisticHingeLossProvider(), new double[] {-2, 1}, new double[] {0.2, 0.4});
    }

    @Override
    protected double expectedDiscriminatorLoss() {
        return 3.6;
    }

    @Override
    protected double expectedGeneratorLoss() {
        return 1.05;
    }
}
