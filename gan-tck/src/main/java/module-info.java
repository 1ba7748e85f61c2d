/** The contract kit: abstract JUnit Jupiter classes a provider's test extends. */
module org.gan4j.tck {
    requires transitive org.gan4j.api;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports org.gan4j.tck;
    opens org.gan4j.tck to org.junit.platform.commons;

    uses org.gan4j.api.spi.BackendProvider;
}
