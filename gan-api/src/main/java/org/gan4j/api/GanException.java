package org.gan4j.api;

/**
 * Base of every exception gan4j throws on purpose. Messages name the thing, the value and the remedy.
 *
 * @since 0.1
 */
@Stable
public class GanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, with the value found and what to do about it */
    public GanException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, with the value found and what to do about it
     * @param cause the underlying failure
     */
    public GanException(String message, Throwable cause) {
        super(message, cause);
    }
}
