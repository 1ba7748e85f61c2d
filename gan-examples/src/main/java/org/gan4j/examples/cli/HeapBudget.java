package org.gan4j.examples.cli;

import org.gan4j.core.run.Memory;

/**
 * Refuses a count of images whose host copies cannot fit in the Java heap, before any is made: {@code gan sample
 * --n} and {@code gan eval --samples} hold them all at once. What to do when the heap runs out is said here too.
 */
final class HeapBudget {
    /** How to give Java more heap; the {@code gan} launcher passes {@code GAN_JAVA_OPTS} to {@code java}. */
    static final String MORE_HEAP = "allow a larger heap with GAN_JAVA_OPTS=-Xmx<size> (such as GAN_JAVA_OPTS=-Xmx8g; "
            + "the gan launcher passes it to java)";

    private HeapBudget() {
    }

    /**
     * @param flag the option that asks for the count
     * @param count how many
     * @param bytesEach the heap one of them takes
     * @param what what they are and what holds them, for the message: "64 images of 28 × 28 (noise, values, grid)"
     * @param memory what the process may use
     * @throws InvalidArgumentException naming the option, its value, the bytes needed, the heap's limit, the largest
     *     count that fits and how to raise the limit, when the count does not fit
     */
    static void require(String flag, long count, long bytesEach, String what, Memory memory) {
        long need = count > Long.MAX_VALUE / bytesEach ? Long.MAX_VALUE : count * bytesEach;
        if (need <= memory.heapBytes()) {
            return;
        }
        throw new InvalidArgumentException(flag, count, what + " need about " + Memory.text(need) + " of Java heap, more "
                + "than its limit of " + Memory.text(memory.heapBytes()) + "; pass " + flag + " "
                + memory.heapBytes() / bytesEach + " or less, or " + MORE_HEAP);
    }
}
