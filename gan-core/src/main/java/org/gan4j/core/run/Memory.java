package org.gan4j.core.run;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The memory a process may use, against which the sizes a user asks for are checked before any work starts: the
 * Java heap's limit ({@code -Xmx}), where host copies of tensors and images live, and the machine's physical memory
 * (a container's limit where one is set), of which native code such as TensorFlow can have what the heap may not
 * take.
 *
 * @param heapBytes the most the Java heap may grow to
 * @param physicalBytes the machine's (or container's) memory; {@link Long#MAX_VALUE} when the JVM cannot tell
 */
public record Memory(long heapBytes, long physicalBytes) {
    /** @return this process's heap limit and this machine's memory */
    public static Memory ofThisProcess() {
        long physical = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : Long.MAX_VALUE;
        return new Memory(Runtime.getRuntime().maxMemory(), physical);
    }

    /** @return what native code can have at most: the physical memory less the heap's limit */
    public long outsideHeapBytes() {
        return Math.max(0, physicalBytes - heapBytes);
    }

    /**
     * @param bytes a size
     * @return it in gigabytes (10⁹ bytes) for messages: "6.3 GB", or "0.02 GB"
     */
    public static String text(long bytes) {
        double gb = bytes / 1e9;
        return String.format(Locale.ROOT, gb >= 1 ? "%.1f GB" : "%.2f GB", gb);
    }
}
