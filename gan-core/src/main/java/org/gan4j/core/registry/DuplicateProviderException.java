package org.gan4j.core.registry;

import org.gan4j.api.GanException;

/** Two providers of one kind share an id; the message names both and where they came from. */
public class DuplicateProviderException extends GanException {
    private static final long serialVersionUID = 1L;

    /** @param message the id, both classes and their jars, and the remedy */
    public DuplicateProviderException(String message) {
        super(message);
    }
}
