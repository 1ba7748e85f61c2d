package org.gan4j.tf;

import java.util.Set;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.BackendProvider;

/**
 * Provides the TensorFlow Java backend under the id {@value #ID}. It takes no settings.
 */
public final class TfBackendProvider implements BackendProvider {
    /** The id users choose this backend by. */
    public static final String ID = "tensorflow";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public TfBackendProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "TensorFlow Java 1.0.0, graph mode (CPU)";
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Backend create(Hyperparameters hyperparameters) {
        hyperparameters.requireOnly(ID, Set.of());
        return new TfBackend();
    }
}
