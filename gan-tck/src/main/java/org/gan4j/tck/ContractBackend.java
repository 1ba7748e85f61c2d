package org.gan4j.tck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.BackendProvider;

/**
 * The backend the contracts run on, for a plugin's own tests as well: the one the system property
 * {@value #PROPERTY} names, or else the one of highest {@link BackendProvider#priority()} that
 * {@link java.util.ServiceLoader} finds on the test class path or module path.
 *
 * <p>The property holds a backend id, optionally with settings as on the command line:
 * {@code -Dgan4j.tck.backend=tensorflow} or {@code -Dgan4j.tck.backend=tensorflow:key=value}. With Maven, pass it to
 * the tests through Surefire's {@code systemPropertyVariables}, or on the command line when Surefire forwards it.
 */
public final class ContractBackend {
    /** The system property that chooses the backend, by id. */
    public static final String PROPERTY = "gan4j.tck.backend";

    private ContractBackend() {
    }

    /**
     * @return a new backend from {@link #provider()}, created with the property's settings (none by default)
     * @throws GanException when the property names a backend that is not found, or settings it refuses
     */
    public static Backend find() {
        String spec = System.getProperty(PROPERTY, "").strip();
        int colon = spec.indexOf(':');
        Hyperparameters settings = colon < 0 ? Hyperparameters.empty() : Hyperparameters.parse(spec.substring(colon + 1));
        return provider().create(settings);
    }

    /**
     * @return the provider the property names; with the property unset or blank, the highest-priority one found.
     *     When none is found and the property names none, the calling test is skipped (a JUnit assumption), with
     *     the reason.
     * @throws GanException when the property names an id that no backend found has, naming the id and those found
     */
    public static BackendProvider provider() {
        List<BackendProvider> found = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        String spec = System.getProperty(PROPERTY, "").strip();
        if (!spec.isEmpty()) {
            String id = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
            List<String> ids = found.stream().map(BackendProvider::id).toList();
            return found.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new GanException(PROPERTY
                    + " = '" + spec + "' names no backend found; found " + ids
                    + "; add the backend's jar to the tests (test scope), or name one of those found"));
        }
        var best = found.stream().max(Comparator.comparingInt(BackendProvider::priority));
        assumeTrue(best.isPresent(), "no backend on the test class path; add gan-tf-backend with test scope");
        return best.get();
    }
}
