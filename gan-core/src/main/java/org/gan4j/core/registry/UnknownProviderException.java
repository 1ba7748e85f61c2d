package org.gan4j.core.registry;

import org.gan4j.api.GanException;

/** No provider has the id asked for, or none of a kind is on the class path; the message lists what was found. */
public class UnknownProviderException extends GanException {
    private static final long serialVersionUID = 1L;

    /** @param message the id asked for, the ids found and the module to add */
    public UnknownProviderException(String message) {
        super(message);
    }
}
