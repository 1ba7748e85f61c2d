package org.gan4j.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.StopRequest;
import org.gan4j.core.train.TrainingConfig;
import org.gan4j.core.train.TrainingListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stop requested while training: the loop ends between steps, and the saved state resumes exactly. */
class StopRequestTest {
    private static final Map<String, String> RUN = Map.of("note", "test");

    private static TrainingConfig config(long steps) {
        return new TrainingConfig(8, steps, 1, 5, 10, 0);
    }

    @Test
    @DisplayName("a stop requested during step 4 of 8 lets that step finish, ends the loop with onEnd, saves step 5, "
            + "and resuming from it to step 8 gives the state of 8 straight steps")
    void stopsBetweenStepsAndResumes(@TempDir Path dir) {
        Map<String, HostTensor> straight;
        try (GanTrainer trainer = new GanTrainer(TestRuns.setup("adam:lr=0.01", null, 16, null), config(8))) {
            trainer.train(List.of());
            straight = trainer.state();
        }
        CheckpointStore store = new CheckpointStore(dir, 2);
        StopRequest stop = new StopRequest();
        TestRuns.Recorder steps = new TestRuns.Recorder();
        boolean[] ended = {false};
        TrainingListener stopAtStep4 = new TrainingListener() {
            @Override
            public void onStep(StepMetrics metrics) {
                if (metrics.step() == 4) {
                    stop.request();
                }
            }

            @Override
            public void onEnd(double seconds) {
                ended[0] = true;
            }
        };
        try (GanTrainer first = new GanTrainer(TestRuns.setup("adam:lr=0.01", null, 16, null), config(8))) {
            long done = first.train(List.of(stopAtStep4, steps, new PeriodicCheckpoints(first, store, 100, RUN)), stop);
            assertThat(done).isEqualTo(5).isEqualTo(first.completedSteps());
        }
        assertThat(steps.steps).extracting(StepMetrics::step).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(ended[0]).as("onEnd after a stop").isTrue();
        assertThat(store.checkpoints()).containsExactly(dir.resolve(CheckpointStore.nameOf(5)));

        try (GanTrainer second = new GanTrainer(TestRuns.setup("adam:lr=0.01", null, 16, null), config(8))) {
            CheckpointStore.load(store.newest().orElseThrow()).restoreInto(second);
            assertThat(second.train(List.of())).isEqualTo(8);
            assertThat(second.state()).isEqualTo(straight);
        }
    }

    @Test
    @DisplayName("a stop requested before training starts runs no step, and onEnd still comes (a resumed run saves "
            + "the state it was given)")
    void stopBeforeTheFirstStep(@TempDir Path dir) {
        StopRequest stop = new StopRequest();
        stop.request();
        TestRuns.Recorder steps = new TestRuns.Recorder();
        CheckpointStore store = new CheckpointStore(dir, 2);
        try (GanTrainer trainer = new GanTrainer(TestRuns.setup("adam:lr=0.01", null, 16, null), config(8))) {
            assertThat(trainer.train(List.of(steps, new PeriodicCheckpoints(trainer, store, 100, RUN)), stop)).isZero();
        }
        assertThat(steps.steps).isEmpty();
        assertThat(store.checkpoints()).containsExactly(dir.resolve(CheckpointStore.nameOf(0)));
    }
}
