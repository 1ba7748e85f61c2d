package org.gan4j.examples.cli;

import org.gan4j.api.GanException;

/** A command-line argument is invalid: the message names it, its value and what is allowed. Exit code 2. */
final class InvalidArgumentException extends GanException {
    private static final long serialVersionUID = 1L;

    InvalidArgumentException(String option, Object value, String allowed) {
        super(option + " = " + value + " is invalid; " + allowed);
    }
}
