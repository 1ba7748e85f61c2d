package org.gan4j.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Arrays;
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
        var found = ServiceLoader.load(service).stream().filter(p -> p.type() == provider.getClass()).findFirst();
        assertThat(found).as("%s among the providers registered for %s (META-INF/services on the class path, "
                + "'provides' in module-info on the module path)", provider.getClass().getName(), service.getName()).isPresent();
        assertThat(found.get().get().id()).as("the id of the instance ServiceLoader creates").isEqualTo(provider.id());
    }

    /*
     * Checked by reflection without calling the constructor: on the module path the provider's package need not be
     * exported, so only ServiceLoader may instantiate it (discoverableById does).
     */
    @Test
    @DisplayName("it has a public no-argument constructor, as ServiceLoader requires")
    void hasPublicNoArgumentConstructor() {
        Class<?> type = provider.getClass();
        assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", type.getName()).isTrue();
        assertThat(Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() == 0))
                .as("%s has a public constructor without parameters (a nested class must be static)", type.getName()).isTrue();
    }

    @Test
    @DisplayName("it describes itself in one line")
    void describesItself() {
        assertThat(provider.description()).isNotBlank().doesNotContain("\n");
    }
}
