package org.gan4j.api.spi;

import org.gan4j.api.Stable;

/**
 * Executes what the roles trace: the seam between gan4j and a tensor library.
 *
 * <p>Stable, like the {@link Computation}, {@link CompiledStep} and {@link ExportedFunction} it hands out: a method
 * added later has a default body (as {@link #load} has), so a backend written for an earlier minor version keeps
 * working.
 *
 * @since 0.1
 */
@Stable
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

    /**
     * Loads a function saved by {@link Computation#export}.
     *
     * @param directory the exported folder
     * @param signature the function's name
     * @return the function, to be closed after use
     * @throws org.gan4j.api.GanException when the folder holds no such function, naming the folder and the signature
     */
    default ExportedFunction load(java.nio.file.Path directory, String signature) {
        throw new org.gan4j.api.GanException("this backend cannot load exported models; use the tensorflow backend");
    }
}
