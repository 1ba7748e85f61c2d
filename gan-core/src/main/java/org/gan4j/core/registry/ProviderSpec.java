package org.gan4j.core.registry;

import org.gan4j.api.param.Hyperparameters;

/**
 * A provider chosen on the command line: {@code id} or {@code id:key=value,key=value}.
 *
 * @param id the provider's id
 * @param settings its settings
 */
public record ProviderSpec(String id, Hyperparameters settings) {
    /**
     * @param text {@code id[:key=value,...]}
     * @return the spec
     */
    public static ProviderSpec parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new ProviderSpec(text.trim(), Hyperparameters.empty());
        }
        return new ProviderSpec(text.substring(0, colon).trim(), Hyperparameters.parse(text.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return settings.asMap().isEmpty() ? id : id + ":" + String.join(",",
                settings.asMap().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
