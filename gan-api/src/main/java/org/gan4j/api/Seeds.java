package org.gan4j.api;

/**
 * Derives independent 64-bit seeds from a run's seed and a position, the same in every JVM.
 *
 * <p>The mixing function is SplitMix64's finalizer (Steele, Lea &amp; Flood 2014), applied after each part is
 * folded in, so nearby inputs give unrelated outputs.
 *
 * @since 0.1
 */
@Stable
public final class Seeds {
    private Seeds() {
    }

    /**
     * @param seed a seed
     * @param parts what distinguishes this stream: a step, a stream name's hash, an index
     * @return a seed for that stream
     */
    public static long derive(long seed, long... parts) {
        long h = mix(seed + 0x9E3779B97F4A7C15L);
        for (long part : parts) {
            h = mix(h ^ (part + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    /**
     * @param seed a seed
     * @param name a stream name, hashed with {@link String#hashCode()} (specified, so stable across JVMs)
     * @param parts further positions
     * @return a seed for that stream
     */
    public static long derive(long seed, String name, long... parts) {
        long[] all = new long[parts.length + 1];
        all[0] = name.hashCode();
        System.arraycopy(parts, 0, all, 1, parts.length);
        return derive(seed, all);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
