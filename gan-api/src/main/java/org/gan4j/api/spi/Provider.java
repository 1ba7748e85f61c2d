package org.gan4j.api.spi;

import org.gan4j.api.Stable;

/**
 * What every plugin provider has: an id to be chosen by, and a few facts for listings.
 *
 * <p>Only {@link #id()} is abstract; the rest have defaults, so adding a method later breaks no plugin.
 *
 * @since 0.1
 */
@Stable
public interface Provider {
    /** @return the id users choose this provider by, unique within its kind: lower case, digits and {@code -} */
    String id();

    /** @return one line saying what it is, with the paper where there is one */
    default String description() {
        return "";
    }

    /**
     * @return the version of the jar it came from (its manifest's {@code Implementation-Version} on the class path,
     *     its module's version on the module path), or {@code "unknown"} when neither says one
     */
    default String version() {
        String version = getClass().getPackage().getImplementationVersion();
        if (version == null && getClass().getModule().isNamed()) {
            version = getClass().getModule().getDescriptor().rawVersion().orElse(null);
        }
        return version == null ? "unknown" : version;
    }

    /** @return which provider wins when the user names none: highest first; only backends use this */
    default int priority() {
        return 0;
    }
}
