package org.gan4j.api;

/**
 * The version of this API, and which plugins may run against it.
 *
 * <p>A plugin jar states the API version it was built for in its manifest, as the main attribute
 * {@value #MANIFEST_ATTRIBUTE} (gan4j's own jars do; with Maven, add it under the jar plugin's
 * {@code <manifestEntries>}). The plugin registry skips, and reports, a provider whose jar states a version this
 * runtime cannot run. Before 1.0 every minor version may break plugins, so {@code 0.x} runs only plugins built for
 * {@code 0.x}; from 1.0 on a runtime runs plugins of its own major version and an equal or lower minor version.
 *
 * @since 0.1
 */
@Stable
public final class ApiVersion {
    /** This runtime's API version, major.minor. */
    public static final String CURRENT = "0.1";
    /** The jar-manifest attribute that states the API version a plugin was built for. */
    public static final String MANIFEST_ATTRIBUTE = "Gan4j-Api-Version";

    private ApiVersion() {
    }

    /**
     * @param builtFor the version a plugin states, major.minor (a patch part is ignored)
     * @return whether this runtime can run it
     */
    public static boolean runs(String builtFor) {
        int[] plugin = parse(builtFor);
        int[] runtime = parse(CURRENT);
        if (plugin == null) {
            return false;
        }
        if (runtime[0] == 0) {
            return plugin[0] == 0 && plugin[1] == runtime[1];
        }
        return plugin[0] == runtime[0] && plugin[1] <= runtime[1];
    }

    private static int[] parse(String version) {
        String[] parts = version.trim().split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
