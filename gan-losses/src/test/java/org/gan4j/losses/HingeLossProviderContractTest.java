package org.gan4j.losses;

import org.gan4j.tck.LossContract;

/**
 * Outputs D(x) = (2, −1), D(G(z)) = (0.5, 3); E D(x) = 0.5, E D(G(z)) = 1.75. Expected values from the formula
 * in the loss's Javadoc, with σ and log taken from their definitions.
 */
class HingeLossProviderContractTest extends LossContract {
    HingeLossProviderContractTest() {
        super(new HingeLossProvider(), new double[] {2, -1}, new double[] {0.5, 3});
    }

    private static double s(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    @Override
    protected double expectedDiscriminatorLoss() {
        return (0 + 2) / 2.0 + (1.5 + 4) / 2;
    }

    @Override
    protected double expectedGeneratorLoss() {
        return -1.75;
    }
}
