package org.gan4j.core.train;

import org.gan4j.api.GanException;

/** A loss or gradient norm became NaN or infinite; training stopped at that step. */
public class NonFiniteValueException extends GanException {
    private static final long serialVersionUID = 1L;
    private final long step;
    private final String quantity;

    /**
     * @param step the step
     * @param quantity the metric's name
     * @param value its value
     */
    public NonFiniteValueException(long step, String quantity, double value) {
        super("training stopped at step " + step + ": " + quantity + " is " + value + ". The usual remedies: a lower "
                + "learning rate, a regularizer on the discriminator, or a loss in softplus form.");
        this.step = step;
        this.quantity = quantity;
    }

    /** @return the step at which it happened */
    public long step() {
        return step;
    }

    /** @return the metric that was not finite */
    public String quantity() {
        return quantity;
    }
}
