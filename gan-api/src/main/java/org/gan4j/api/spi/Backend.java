package org.gan4j.api.spi;

import org.gan4j.api.Experimental;

/**
 * Executes what the roles trace: the seam between gan4j and a tensor library.
 *
 * @since 0.1
 */
@Experimental
public interface Backend {
    /** @return what runs underneath, with versions, for logs and run manifests */
    String description();

    /**
     * Opens an empty computation (a graph and what runs it).
     *
     * @param seed the run's seed: every initial value and random draw of the computation follows from it
     * @return a computation the caller must close
     */
    Computation newComputation(long seed);
}
