package org.gan4j.core.registry;

import org.gan4j.api.spi.Provider;

/**
 * One provider found, with where it came from.
 *
 * @param kind its kind
 * @param provider the instance
 * @param source the jar or folder its class was loaded from
 */
public record ProviderInfo(ProviderKind<?> kind, Provider provider, String source) {
    /** @return the provider's id */
    public String id() {
        return provider.id();
    }
}
