package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends SIGTERM to a training JVM that has no checkpoint due for a long time, then checks that it saved one on the way
 * out within the stated bound, said where it is and how to resume, lost no step, and resumes from it.
 */
class SigtermSavesCheckpointTest {
    /** Rows in metrics.csv before the signal: the run is well into training, far from any periodic checkpoint. */
    private static final int ROWS_BEFORE_SIGNAL = 50;
    /** What the JVM returns after its shutdown hooks on SIGTERM: 128 + 15. */
    private static final int SIGTERM_STATUS = 143;

    @Test
    @DisplayName("SIGTERM during gan train: exit 143 within the bound, a checkpoint at the step metrics.csv ends on, a "
            + "message naming it and 'gan train --resume DIR', and the resume continues from that step and exits 0")
    void sigtermSavesAndResumes(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        Path log = dir.resolve("stopped.log");
        Process p = ChildJvm.start(log, "train", "--dataset", "ring8", "--steps", "100000", "--checkpoint-every", "100000",
                "--out", run.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (rows(run) < ROWS_BEFORE_SIGNAL && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("still training when signalled: %s", Files.readString(log)).isTrue();
        assertThat(rows(run)).isGreaterThanOrEqualTo(ROWS_BEFORE_SIGNAL);

        long signalled = System.nanoTime();
        p.destroy(); // SIGTERM on Linux
        boolean exited = p.waitFor(StopOnSignal.BOUND.toSeconds() + 10, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - signalled) / 1e9;
        String output = Files.readString(log);
        assertThat(exited).as(output).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(SIGTERM_STATUS);
        assertThat(seconds).as("exit within the bound").isLessThan(StopOnSignal.BOUND.toSeconds());

        List<String> metrics = Files.readAllLines(run.resolve("metrics.csv"));
        long stoppedAt = Long.parseLong(metrics.get(metrics.size() - 1).split(",", 2)[0]) + 1; // rows count from step 0
        assertThat(metrics).hasSize((int) stoppedAt + 1); // a header and one row per step done
        Path checkpoint = run.resolve("checkpoints").resolve(CheckpointStore.nameOf(stoppedAt));
        assertThat(new CheckpointStore(run.resolve("checkpoints"), 1).checkpoints()).containsExactly(checkpoint);
        assertThat(CheckpointStore.load(checkpoint).manifest().step()).isEqualTo(stoppedAt);
        assertThat(output).contains("gan train: stopping: the step in progress finishes and a checkpoint is saved")
                .contains("stopped at step " + stoppedAt + " of 100000; saved the checkpoint " + checkpoint + ". Continue "
                        + "with: gan train --resume " + run);
        System.out.printf("SigtermSavesCheckpointTest: SIGTERM after %d rows; stopped at step %d, exit %d after %.2f s%n",
                ROWS_BEFORE_SIGNAL, stoppedAt, p.exitValue(), seconds);

        String resumed = ChildJvm.run(dir, "train", "--resume", run.toString(), "--steps", Long.toString(stoppedAt + 20));
        assertThat(resumed).contains("resuming from " + checkpoint + " at step " + stoppedAt);
        assertThat(Files.readAllLines(run.resolve("metrics.csv")).stream().skip(1).map(row -> row.split(",", 2)[0]))
                .as("every step once").containsExactly(java.util.stream.LongStream.range(0, stoppedAt + 20)
                        .mapToObj(Long::toString).toArray(String[]::new));
    }

    /** @return rows in the run's metrics.csv so far, without its header */
    private static long rows(Path run) throws IOException {
        Path csv = run.resolve("metrics.csv");
        if (!Files.exists(csv)) {
            return 0;
        }
        try (var lines = Files.lines(csv)) {
            return Math.max(0, lines.count() - 1);
        }
    }
}
