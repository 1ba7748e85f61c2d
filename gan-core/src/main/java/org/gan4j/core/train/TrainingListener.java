package org.gan4j.core.train;

import org.gan4j.api.tensor.HostTensor;

/**
 * Follows a training run. Every method has an empty default; the trainer calls them on its own thread, in
 * the order {@code onStart}, then per step {@code onStep} (and {@code onSamples} when due), then {@code onEnd}.
 * {@code onEnd} comes after the last step, or after an earlier one when the run is stopped on request
 * ({@link StopRequest}); it does not come when a step fails.
 */
public interface TrainingListener {
    /**
     * @param config the run's configuration
     * @param backend the backend's description
     */
    default void onStart(TrainingConfig config, String backend) {
    }

    /** @param metrics what the step just finished reported */
    default void onStep(StepMetrics metrics) {
    }

    /**
     * @param step the generator steps done so far
     * @param samples samples from the fixed evaluation noise, [evaluationSamples, sampleShape...]
     */
    default void onSamples(long step, HostTensor samples) {
    }

    /** @param seconds wall time of the training loop */
    default void onEnd(double seconds) {
    }
}
