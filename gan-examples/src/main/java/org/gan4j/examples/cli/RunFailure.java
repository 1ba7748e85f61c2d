package org.gan4j.examples.cli;

import org.gan4j.api.GanException;

/** A failure while training (not an argument error): exit code 1. */
final class RunFailure extends GanException {
    private static final long serialVersionUID = 1L;

    RunFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
