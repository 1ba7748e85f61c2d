package org.gan4j.core.registry;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.gan4j.api.ApiVersion;

/**
 * Reads the API version a provider's jar states ({@link ApiVersion#MANIFEST_ATTRIBUTE}) and judges it. Each jar's
 * manifest is read once, however many providers it holds.
 */
final class ApiVersionCheck {
    private final Map<URL, Optional<String>> statedByJar = new HashMap<>();

    /**
     * @param type a provider class
     * @return why this runtime cannot run it, or empty when it can (or when its jar states no version)
     */
    Optional<String> problemWith(Class<?> type) {
        Optional<String> stated = statedBy(type);
        if (stated.isEmpty() || ApiVersion.runs(stated.get())) {
            return Optional.empty();
        }
        return Optional.of(type.getName() + " in " + type.getProtectionDomain().getCodeSource().getLocation()
                + " was built for gan4j API " + stated.get() + ", but this runtime has API " + ApiVersion.CURRENT
                + "; use a release of the plugin built for API " + ApiVersion.CURRENT);
    }

    private Optional<String> statedBy(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !source.getLocation().getPath().endsWith(".jar")) {
            return Optional.empty();
        }
        return statedByJar.computeIfAbsent(source.getLocation(), ApiVersionCheck::readManifest);
    }

    private static Optional<String> readManifest(URL location) {
        try (JarFile jar = new JarFile(new File(location.toURI()))) {
            Manifest manifest = jar.getManifest();
            return manifest == null ? Optional.empty()
                    : Optional.ofNullable(manifest.getMainAttributes().getValue(ApiVersion.MANIFEST_ATTRIBUTE));
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable local jar: nothing stated
        }
    }
}
