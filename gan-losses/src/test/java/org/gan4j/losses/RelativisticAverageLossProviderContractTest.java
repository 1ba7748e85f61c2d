package org.gan4j.losses;

import org.gan4j.tck.LossContract;

/**
 * Outputs D(x) = (2, −1), D(G(z)) = (0.5, 3); E D(x) = 0.5, E D(G(z)) = 1.75. Expected values from the formula
 * in the loss's Javadoc, with σ and log taken from their definitions.
 */
class RelativisticAverageLossProviderContractTest extends LossContract {
    RelativisticAverageLossProviderContractTest() {
        super(new RelativisticAverageLossProvider(), new double[] {2, -1}, new double[] {0.5, 3});
    }

    private static double s(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    @Override
    protected double expectedDiscriminatorLoss() {
        return -(Math.log(s(2 - 1.75)) + Math.log(s(-1 - 1.75))) / 2 - (Math.log(1 - s(0.5 - 0.5)) + Math.log(1 - s(3 - 0.5))) / 2;
    }

    @Override
    protected double expectedGeneratorLoss() {
        return -(Math.log(s(0.5 - 0.5)) + Math.log(s(3 - 0.5))) / 2 - (Math.log(1 - s(2 - 1.75)) + Math.log(1 - s(-1 - 1.75))) / 2;
    }
}
