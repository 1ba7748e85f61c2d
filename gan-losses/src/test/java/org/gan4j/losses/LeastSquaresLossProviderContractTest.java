package org.gan4j.losses;

import org.gan4j.tck.LossContract;

/**
 * Outputs D(x) = (0.5, −1), D(G(z)) = (0.5, 0.25): below the targets b = c = 1 and above a = 0, where each
 * player's pull has a definite direction (least squares pulls outputs towards its targets, so a fake output above
 * c = 1 would be pushed down). By hand from Mao et al.'s eq. 2:
 * L_D = ½·mean(0.25, 4) + ½·mean(0.25, 0.0625) = 1.0625 + 0.078125; L_G = ½·mean(0.25, 0.5625) = 0.203125.
 */
class LeastSquaresLossProviderContractTest extends LossContract {
    LeastSquaresLossProviderContractTest() {
        super(new LeastSquaresLossProvider(), new double[] {0.5, -1}, new double[] {0.5, 0.25});
    }

    @Override
    protected double expectedDiscriminatorLoss() {
        return 1.140625;
    }

    @Override
    protected double expectedGeneratorLoss() {
        return 0.203125;
    }
}
