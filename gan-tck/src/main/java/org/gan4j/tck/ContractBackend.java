package org.gan4j.tck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Comparator;
import java.util.ServiceLoader;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.BackendProvider;

/** The backend contract tests run on: the highest-priority one on the test class path. */
final class ContractBackend {
    private ContractBackend() {
    }

    /** @return the backend; the test is skipped, with the reason, if there is none */
    static Backend find() {
        var best = ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get)
                .max(Comparator.comparingInt(BackendProvider::priority));
        assumeTrue(best.isPresent(), "no backend on the test class path; add gan-tf-backend with test scope");
        return best.get().create(Hyperparameters.empty());
    }
}
