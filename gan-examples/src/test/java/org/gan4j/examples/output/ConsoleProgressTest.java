package org.gan4j.examples.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Plain progress lines, with redirected output, on a clock the test moves (issue 17, point 14). */
class ConsoleProgressTest {
    private long now;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ConsoleProgress progress = new ConsoleProgress(false, new PrintStream(printed, true,
            StandardCharsets.UTF_8), () -> now);

    private void step(long step, double seconds) {
        now = (long) (seconds * 1e9);
        progress.onStep(new StepMetrics(step, Map.of("d_loss", 1.0, "g_loss", 2.0), 1));
    }

    private List<String> steps() {
        return printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("step ")).map(l -> l.split(" ")[1])
                .toList();
    }

    @Test
    @DisplayName("the first line comes after the first step, then one every 5% of the steps and one at the end")
    void firstStepThenEveryFivePercent() {
        progress.onStart(new TrainingConfig(64, 1000, 1, 1, 64, 0), "a backend");
        for (int s = 0; s < 1000; s++) {
            step(s, s * 0.01); // 10 s in all: never 30 s between two lines
        }
        List<String> lines = steps();
        assertThat(lines).startsWith("1/1000", "50/1000", "100/1000").endsWith("1000/1000").hasSize(21);
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("training 1000 steps on a backend");
    }

    @Test
    @DisplayName("slow steps get a line every 30 seconds between the 5% lines")
    void everyThirtySeconds() {
        progress.onStart(new TrainingConfig(64, 1000, 1, 1, 64, 0), "a backend");
        for (int s = 0; s < 60; s++) {
            step(s, s * 10.0); // 10 s a step: 5% (50 steps) would take 500 s
        }
        assertThat(steps()).containsExactly("1/1000", "4/1000", "7/1000", "10/1000", "13/1000", "16/1000", "19/1000",
                "22/1000", "25/1000", "28/1000", "31/1000", "34/1000", "37/1000", "40/1000", "43/1000", "46/1000",
                "49/1000", "50/1000", "53/1000", "56/1000", "59/1000");
    }

    @Test
    @DisplayName("a resumed run's first line comes after its own first step")
    void resumed() {
        progress.onStart(new TrainingConfig(64, 1000, 1, 1, 64, 0), "a backend");
        step(700, 0.5);
        assertThat(steps()).containsExactly("701/1000");
    }
}
