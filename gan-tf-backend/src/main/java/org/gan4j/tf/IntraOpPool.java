package org.gan4j.tf;

import org.gan4j.api.GanException;

/**
 * Keeps the {@code intra-op-threads} of one JVM consistent. TensorFlow makes one intra-op thread pool per process,
 * sized by the first session it opens; a later session's {@code intra_op_parallelism_threads} is ignored (measured:
 * docs/tensorflow-backend.md#threads). So the first backend claims the size, and a later one that asks for
 * another size is refused instead of silently running with the first one's.
 */
final class IntraOpPool {
    /** The pool of this JVM. */
    static final IntraOpPool PROCESS = new IntraOpPool();

    private Integer claimed;

    /** Creates a pool that nothing has claimed yet. */
    IntraOpPool() {
    }

    /**
     * Claims the pool for a backend about to open sessions.
     *
     * @param threads the backend's {@code intra-op-threads}; 0 (TensorFlow's choice) agrees with any size
     * @throws GanException if an earlier backend fixed another size
     */
    synchronized void claim(int threads) {
        if (claimed == null) {
            claimed = threads;
        } else if (threads != 0 && threads != claimed) {
            throw new GanException(TfSettings.OWNER + ": " + TfSettings.INTRA_OP_THREADS + " = " + threads
                    + " cannot take effect: TensorFlow keeps one intra-op thread pool per process, and an earlier "
                    + "backend of this JVM made it with " + TfSettings.INTRA_OP_THREADS + " = " + claimed
                    + (claimed == 0 ? " (TensorFlow's choice)" : "") + "; give every tensorflow backend of one JVM "
                    + "the same " + TfSettings.INTRA_OP_THREADS + ", or run this one in another JVM.");
        }
    }
}
