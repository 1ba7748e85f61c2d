package org.gan4j.api.param;

import org.gan4j.api.GanException;
import org.gan4j.api.Stable;

/**
 * A hyperparameter is unknown, unparsable or out of range. The message names the owner, the key, the value
 * and what is allowed.
 *
 * @since 0.1
 */
@Stable
public class InvalidHyperparameterException extends GanException {
    private static final long serialVersionUID = 1L;

    /** @param message the owner, the key, the value and what is allowed */
    public InvalidHyperparameterException(String message) {
        super(message);
    }
}
