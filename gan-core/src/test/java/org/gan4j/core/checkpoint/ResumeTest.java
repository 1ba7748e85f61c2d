package org.gan4j.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.data.Batch;
import org.gan4j.core.data.BatchSource;
import org.gan4j.core.data.GaussianMixture2D;
import org.gan4j.core.data.MixtureBatches;
import org.gan4j.core.train.DivergenceException;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.NonFiniteValueException;
import org.gan4j.core.train.TrainingConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {
    private static final Map<String, String> RUN = Map.of("note", "test");

    private static TrainingConfig config(long steps) {
        return new TrainingConfig(8, steps, 1, 5, 10, 0);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(value = {"adam:lr=0.01, NONE", "cg-hz:lr=0.01, spectral-norm", "acgd:max_iterations=3, NONE"})
    @DisplayName("3 steps, a checkpoint, a fresh trainer restored from it and 3 more steps equal 6 straight steps bit for bit")
    void resumeParity(String optimizer, String regularizer, @TempDir Path dir) {
        String reg = "NONE".equals(regularizer) ? null : regularizer;
        TestRuns.Recorder straight = new TestRuns.Recorder();
        Map<String, HostTensor> straightState;
        try (GanTrainer trainer = new GanTrainer(TestRuns.setup(optimizer, reg, 16, null), config(6))) {
            trainer.train(List.of(straight));
            straightState = trainer.state();
        }
        CheckpointStore store = new CheckpointStore(dir, 2);
        try (GanTrainer first = new GanTrainer(TestRuns.setup(optimizer, reg, 16, null), config(3))) {
            first.train(List.of(new PeriodicCheckpoints(first, store, 3, RUN)));
        }
        TestRuns.Recorder resumed = new TestRuns.Recorder();
        try (GanTrainer second = new GanTrainer(TestRuns.setup(optimizer, reg, 16, null), config(6))) {
            CheckpointStore.load(store.newest().orElseThrow()).restoreInto(second);
            assertThat(second.completedSteps()).isEqualTo(3);
            second.train(List.of(resumed));
            assertThat(resumed.steps).extracting(s -> s.step()).containsExactly(3L, 4L, 5L);
            assertThat(resumed.values()).isEqualTo(straight.values().subList(3, 6));
            assertThat(second.state()).isEqualTo(straightState);
        }
    }

    @Test
    @DisplayName("a checkpoint of another architecture lists each differing variable with both shapes, and restores nothing")
    void otherArchitecture(@TempDir Path dir) {
        CheckpointStore store = new CheckpointStore(dir, 2);
        try (GanTrainer narrow = new GanTrainer(TestRuns.setup("adam", null, 16, null), config(1))) {
            narrow.train(List.of(new PeriodicCheckpoints(narrow, store, 1, RUN)));
        }
        Checkpoint checkpoint = CheckpointStore.load(store.newest().orElseThrow());
        try (GanTrainer wide = new GanTrainer(TestRuns.setup("adam", null, 32, null), config(1))) {
            Map<String, HostTensor> before = wide.state();
            assertThatThrownBy(() -> checkpoint.restoreInto(wide)).isInstanceOf(CheckpointMismatchException.class)
                    .hasMessageContaining("the checkpoint has float32[4, 16], the model float32[4, 32]")
                    .hasMessageContaining("Nothing was restored")
                    .satisfies(e -> assertThat(((CheckpointMismatchException) e).differences())
                            .allMatch(line -> line.startsWith("G_")).isNotEmpty());
            assertThat(wide.state()).isEqualTo(before);
            assertThat(wide.completedSteps()).isZero();
        }
    }

    /** Ring8 batches, except that every batch from {@code firstBad} on is all NaN. */
    private record PoisonedBatches(BatchSource real, long firstBad) implements BatchSource {
        @Override
        public Shape sampleShape() {
            return real.sampleShape();
        }

        @Override
        public Batch batch(long index) {
            if (index < firstBad) {
                return real.batch(index);
            }
            float[] nan = new float[8 * 2];
            Arrays.fill(nan, Float.NaN);
            return Batch.of(HostTensor.of(Shape.of(8, 2), nan));
        }
    }

    @Test
    @DisplayName("a NaN batch at step 5 stops the run at step 5 naming the quantity; the step-5 checkpoint stays intact and loads")
    void nanKeepsLastGoodCheckpoint(@TempDir Path dir) {
        CheckpointStore store = new CheckpointStore(dir, 3);
        BatchSource poisoned = new PoisonedBatches(new MixtureBatches(GaussianMixture2D.ring8(), 8, 3), 5);
        try (GanTrainer trainer = new GanTrainer(TestRuns.setup("adam", null, 16, poisoned), config(20))) {
            assertThatThrownBy(() -> trainer.train(List.of(new PeriodicCheckpoints(trainer, store, 1, RUN))))
                    .isInstanceOf(NonFiniteValueException.class).hasMessageContaining("step 5: d_loss is NaN")
                    .hasMessageContaining("lower learning rate");
        }
        assertThat(store.newest()).contains(dir.resolve("step-000000005"));
        Checkpoint last = CheckpointStore.load(dir.resolve("step-000000005"));
        assertThat(last.values().values()).allSatisfy(v -> assertThat(java.util.Arrays.stream(v.toDoubleArray()).allMatch(Double::isFinite)).as(v.toString()).isTrue());
    }

    @Test
    @DisplayName("the divergence guard stops a WGAN at lr 1 once a loss passes the limit; the checkpoints before stay loadable")
    void divergenceGuard(@TempDir Path dir) {
        CheckpointStore store = new CheckpointStore(dir, 3);
        GanSetup base = TestRuns.setup("sgd:lr=1", null, 16, null);
        GanSetup wgan = new GanSetup(base.backend(), base.generator(), base.discriminator(),
                TestRuns.REGISTRY.require(org.gan4j.core.registry.ProviderKind.LOSS, "wgan")
                        .create(org.gan4j.api.param.Hyperparameters.empty()),
                base.regularizers(), base.updates(), base.data());
        TrainingConfig guarded = new TrainingConfig(8, 200, 1, 5, 10, 0, 100);
        try (GanTrainer trainer = new GanTrainer(wgan, guarded)) {
            assertThatThrownBy(() -> trainer.train(List.of(new PeriodicCheckpoints(trainer, store, 1, RUN))))
                    .isInstanceOf(DivergenceException.class).hasMessageContaining("exceeds the divergence limit 100.0")
                    .satisfies(e -> assertThat(((DivergenceException) e).step()).as(e.getMessage()).isBetween(1L, 49L))
                    .satisfies(e -> assertThat(((DivergenceException) e).quantity()).endsWith("_loss"));
        }
        Checkpoint last = CheckpointStore.load(store.newest().orElseThrow());
        assertThat(last.values().values()).allSatisfy(v -> assertThat(java.util.Arrays.stream(v.toDoubleArray()).allMatch(Double::isFinite)).as(v.toString()).isTrue());
    }
}
