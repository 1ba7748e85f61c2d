package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.gan4j.core.train.StopRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shutdown hook's contract, in this JVM: its work is called directly, as the JVM would on a signal. */
class StopOnSignalTest {
    private final StringWriter said = new StringWriter();
    private final PrintWriter err = new PrintWriter(said, true);

    @Test
    @DisplayName("gan train run in-process arms a hook while it trains and leaves none behind, finished or failed")
    void executionLeavesNoHook(@TempDir Path dir) {
        int before = StopOnSignal.armedHooks();
        GanCommandTest.Outcome done = GanCommandTest.run("train", "--steps", "5", "--out", dir.resolve("a").toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(StopOnSignal.armedHooks()).isEqualTo(before);
        GanCommandTest.Outcome refused = GanCommandTest.run("train", "--steps", "5", "--out", dir.resolve("a").toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(StopOnSignal.armedHooks()).isEqualTo(before);
    }

    @Test
    @DisplayName("arming registers a shutdown hook with the JVM, and close removes it")
    void closeRemovesTheHook() {
        StopOnSignal signals = new StopOnSignal(err);
        signals.arm("gan train", "intact");
        Thread hook = signals.hook();
        assertThatThrownBy(() -> Runtime.getRuntime().addShutdownHook(hook)).hasMessageContaining("previously registered");
        signals.close();
        assertThat(Runtime.getRuntime().removeShutdownHook(hook)).isFalse();
    }

    @Test
    @DisplayName("on a signal the hook says it is stopping, requests the stop and waits until the command is over")
    void hookWaitsForTheCommand() throws InterruptedException {
        StopOnSignal signals = new StopOnSignal(err);
        StopRequest stop = signals.arm("gan train", "CUT SHORT");
        Thread signal = new Thread(signals::onSignal);
        signal.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!stop.isRequested() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(stop.isRequested()).isTrue();
        Thread.sleep(200);
        assertThat(signal.isAlive()).as("waiting for the command").isTrue();
        signals.close();
        signal.join(5_000);
        assertThat(signal.isAlive()).isFalse();
        assertThat(said.toString()).contains("gan train: stopping: the step in progress finishes and a checkpoint is "
                + "saved; exiting within 30 s (kill -9 " + ProcessHandle.current().pid()).doesNotContain("CUT SHORT");
    }

    @Test
    @DisplayName("past the bound the hook stops waiting and says where the intact checkpoints are")
    void hookGivesUpAtTheBound() {
        try (StopOnSignal signals = new StopOnSignal(err, Duration.ofSeconds(1))) {
            signals.arm("gan train", "The checkpoints already in X are intact.");
            long start = System.nanoTime();
            signals.onSignal();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
        }
        assertThat(said.toString()).contains("gan train: the stop took longer than 1 s; exiting without waiting further. "
                + "The checkpoints already in X are intact.");
    }

    @Test
    @DisplayName("a hook that starts after the command is over does nothing: no stop, no message, no wait")
    void noWorkAfterTheEnd() {
        StopOnSignal signals = new StopOnSignal(err);
        StopRequest stop = signals.arm("gan train", "intact");
        signals.close();
        signals.onSignal();
        assertThat(stop.isRequested()).isFalse();
        assertThat(said.toString()).isEmpty();
    }
}
