/**
 * The contract kit: abstract JUnit Jupiter classes a provider's test extends.
 *
 * <p>{@link java.util.ServiceLoader} lets a named module load only the services it declares with {@code uses}, and
 * the kit loads every provider kind (each contract checks that its provider is discoverable, and the backend is
 * looked up), so it declares them all: without them, a plugin tested with the kit on the module path fails with
 * {@code ServiceConfigurationError: ... module org.gan4j.tck does not declare `uses`}.
 */
module org.gan4j.tck {
    requires transitive org.gan4j.api;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports org.gan4j.tck;
    opens org.gan4j.tck to org.junit.platform.commons;

    uses org.gan4j.api.spi.AugmentationProvider;
    uses org.gan4j.api.spi.BackendProvider;
    uses org.gan4j.api.spi.DiscriminatorProvider;
    uses org.gan4j.api.spi.GeneratorProvider;
    uses org.gan4j.api.spi.JointOptimizerProvider;
    uses org.gan4j.api.spi.LossProvider;
    uses org.gan4j.api.spi.OptimizerProvider;
    uses org.gan4j.api.spi.RegularizerProvider;
}
