package org.gan4j.core.train;

/** A loss or gradient norm (or, when a checkpoint is taken, a variable) became NaN or infinite; training stopped at that step. */
public class NonFiniteValueException extends TrainingStoppedException {
    private static final long serialVersionUID = 1L;

    /**
     * @param step the step
     * @param quantity the metric's name
     * @param value its value
     */
    public NonFiniteValueException(long step, String quantity, double value) {
        super("training stopped at step " + step + ": " + quantity + " is " + value + ". The usual remedies: a lower "
                + "learning rate, a regularizer on the discriminator, or a loss in softplus form.", step, quantity);
    }
}
