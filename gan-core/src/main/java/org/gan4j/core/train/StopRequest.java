package org.gan4j.core.train;

/**
 * A request that training stop after the step in progress, made from any thread (a shutdown hook, a UI) and
 * honoured by {@link GanTrainer#train(java.util.List, StopRequest)} between steps: the step in progress finishes,
 * its listeners included, and the loop then ends as it does after its last step, so every listener gets
 * {@code onEnd} (a {@link org.gan4j.core.checkpoint.PeriodicCheckpoints} saves the state there) and {@code train}
 * returns fewer steps than the configuration asks for. Nothing is interrupted mid-step.
 *
 * <p>A request cannot be withdrawn. Thread-safe.
 */
public final class StopRequest {
    private volatile boolean requested;

    /** A request nobody has made yet. */
    public StopRequest() {
    }

    /** Asks the loop to stop after the step in progress; asking again does nothing more. */
    public void request() {
        requested = true;
    }

    /** @return whether a stop was requested */
    public boolean isRequested() {
        return requested;
    }
}
