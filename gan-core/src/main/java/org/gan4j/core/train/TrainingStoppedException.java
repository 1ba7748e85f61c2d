package org.gan4j.core.train;

import org.gan4j.api.GanException;

/** A guard stopped training at a step because of one quantity; the subclasses say which guard. */
public abstract class TrainingStoppedException extends GanException {
    private static final long serialVersionUID = 1L;
    private final long step;
    private final String quantity;

    /**
     * @param message the step, the quantity, its value and the usual remedies
     * @param step the step at which it happened
     * @param quantity the metric (or variable) at fault
     */
    protected TrainingStoppedException(String message, long step, String quantity) {
        super(message);
        this.step = step;
        this.quantity = quantity;
    }

    /** @return the step at which it happened */
    public long step() {
        return step;
    }

    /** @return the metric (or variable) at fault */
    public String quantity() {
        return quantity;
    }
}
