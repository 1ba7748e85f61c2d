package org.gan4j.core.checkpoint;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gan4j.api.param.Check;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.NonFiniteValueException;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingListener;

/**
 * Saves a trainer's state every {@code every} steps and when training ends, at its last step or earlier when it
 * is stopped on request ({@link org.gan4j.core.train.StopRequest}). Runs after the step's guards,
 * so a step that produced NaN or a runaway loss is never saved; a state holding a NaN or ±∞ weight is refused
 * too, so the last checkpoint is always one to resume from.
 */
public final class PeriodicCheckpoints implements TrainingListener {
    private final GanTrainer trainer;
    private final CheckpointStore store;
    private final long every;
    private final SortedMap<String, String> run;
    private Path last;

    /**
     * @param trainer whose state is saved
     * @param store where
     * @param every steps between checkpoints, ≥ 1
     * @param run how the run was made, stored in each manifest (see {@link CheckpointManifest#run()})
     */
    public PeriodicCheckpoints(GanTrainer trainer, CheckpointStore store, long every, Map<String, String> run) {
        this.trainer = trainer;
        this.store = store;
        this.every = Check.positive("checkpoints", "every", every);
        this.run = new TreeMap<>(run);
    }

    @Override
    public void onStep(StepMetrics metrics) {
        long done = metrics.step() + 1;
        if (done % every == 0) {
            save();
        }
    }

    @Override
    public void onEnd(double seconds) {
        save();
    }

    /** @return the newest checkpoint this listener wrote, if any */
    public Optional<Path> last() {
        return Optional.ofNullable(last);
    }

    private void save() {
        Map<String, HostTensor> state = trainer.state();
        state.forEach((name, value) -> {
            for (int i = 0; i < value.size(); i++) {
                if (!Double.isFinite(value.get(i))) {
                    throw new NonFiniteValueException(trainer.completedSteps() - 1, "variable " + name, value.get(i));
                }
            }
        });
        last = store.save(trainer.completedSteps(), trainer.config().seed(), run, state);
    }
}
