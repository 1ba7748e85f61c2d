package org.gan4j.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.gan4j.api.spi.Provider;
import org.gan4j.tck.ProviderContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The kit's module descriptor, read from its jar: what it needs to run as a named module. */
class KitModuleTest {
    private static ModuleFinder moduleOf(Class<?> type) throws URISyntaxException {
        return ModuleFinder.of(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }

    @Test
    @DisplayName("org.gan4j.tck declares 'uses' for every provider interface of gan-api, so it may load each on the module path")
    void usesEveryProviderKind() throws Exception {
        Set<String> kinds;
        try (ModuleReader api = moduleOf(Provider.class).find("org.gan4j.api").orElseThrow().open()) {
            kinds = api.list().filter(r -> r.startsWith("org/gan4j/api/spi/") && r.endsWith(".class"))
                    .map(r -> r.replace('/', '.').replaceAll("\\.class$", "")).map(KitModuleTest::load)
                    .filter(c -> c.isInterface() && Provider.class.isAssignableFrom(c) && c != Provider.class)
                    .map(Class::getName).collect(Collectors.toSet());
        }
        assertThat(kinds).as("provider interfaces of gan-api").hasSizeGreaterThanOrEqualTo(7);
        ModuleDescriptor kit = moduleOf(ProviderContract.class).find("org.gan4j.tck").orElseThrow().descriptor();
        assertThat(kit.uses()).containsAll(kinds);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Provider.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
