package org.gan4j.core.train;

/** A loss ran past the configured divergence limit; training stopped at that step. */
public class DivergenceException extends TrainingStoppedException {
    private static final long serialVersionUID = 1L;

    /**
     * @param step the step
     * @param quantity the loss's name
     * @param value its value
     * @param limit the limit its magnitude exceeded
     */
    public DivergenceException(long step, String quantity, double value, double limit) {
        super("training stopped at step " + step + ": " + quantity + " = " + value + " exceeds the divergence limit "
                + limit + " in magnitude. The usual remedies: a lower learning rate, a Lipschitz regularizer on the "
                + "discriminator (gp, spectral-norm), or a higher limit if such losses are expected for this loss.",
                step, quantity);
    }
}
