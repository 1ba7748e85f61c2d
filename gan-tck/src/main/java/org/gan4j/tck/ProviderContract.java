package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.gan4j.api.spi.Provider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules every provider obeys. Extend it in the provider's own test:
 *
 * <pre>{@code
 * class MyLossProviderTest extends ProviderContract<LossProvider> {
 *     MyLossProviderTest() { super(LossProvider.class, new MyLossProvider()); }
 * }
 * }</pre>
 *
 * @param <P> the provider interface
 */
public abstract class ProviderContract<P extends Provider> {
    private final Class<P> service;
    private final P provider;

    /**
     * @param service the provider interface it is registered under
     * @param provider a fresh instance of the provider under test
     */
    protected ProviderContract(Class<P> service, P provider) {
        this.service = service;
        this.provider = provider;
    }

    /** @return the provider under test */
    protected P provider() {
        return provider;
    }

    @Test
    @DisplayName("its id is lower case letters, digits and '-', starting with a letter")
    void idIsWellFormed() {
        assertThat(provider.id()).matches("[a-z][a-z0-9-]*");
    }

    @Test
    @DisplayName("it is discoverable by its id through ServiceLoader, under its provider interface")
    void discoverableById() {
        assertThat(ServiceLoader.load(service).stream().map(ServiceLoader.Provider::type))
                .as("classes registered in META-INF/services/" + service.getName())
                .contains(provider.getClass().asSubclass(service));
    }

    @Test
    @DisplayName("it has a public no-argument constructor, as ServiceLoader requires")
    void hasPublicNoArgumentConstructor() throws ReflectiveOperationException {
        assertThat(provider.getClass().getConstructor().newInstance().id()).isEqualTo(provider.id());
    }

    @Test
    @DisplayName("it describes itself in one line")
    void describesItself() {
        assertThat(provider.description()).isNotBlank().doesNotContain("\n");
    }
}
