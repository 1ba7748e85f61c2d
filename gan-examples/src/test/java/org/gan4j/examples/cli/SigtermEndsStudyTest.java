package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sends SIGTERM to a {@code gan study} JVM after some of its runs finished: it writes those and says so. */
class SigtermEndsStudyTest {
    private static final Pattern STOPPED = Pattern.compile("stopped during the run ring8 non-saturating none seed (\\d+), "
            + "which is left out: study.csv and study.md hold the (\\d+) finished runs of 50\\.");

    @Test
    @DisplayName("SIGTERM during gan study: exit 143 within the bound, the run in progress left out, study.csv and "
            + "study.md written with every finished run, and a message that says so")
    void sigtermEndsTheStudy(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("study");
        Path log = dir.resolve("study.log");
        Process p = ChildJvm.start(log, "study", "--seeds", "50", "--steps", "200", "--batch-size", "32", "--out",
                out.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(log).contains(" seed 2: ") && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("still studying when signalled: %s", Files.readString(log)).isTrue();
        long signalled = System.nanoTime();
        p.destroy(); // SIGTERM on Linux
        assertThat(p.waitFor(StopOnSignal.BOUND.toSeconds() + 10, TimeUnit.SECONDS)).isTrue();
        double seconds = (System.nanoTime() - signalled) / 1e9;
        String output = Files.readString(log);
        assertThat(p.exitValue()).as(output).isEqualTo(143);
        assertThat(seconds).isLessThan(StopOnSignal.BOUND.toSeconds());

        Matcher m = STOPPED.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        int finished = Integer.parseInt(m.group(2));
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(finished + 1);
        assertThat(finished).isGreaterThanOrEqualTo(2);
        assertThat(output.lines().filter(l -> l.matches("ring8 non-saturating none \\S+ seed \\d+: .*"))).hasSize(finished);
        assertThat(Files.readAllLines(out.resolve("study.csv"))).hasSize(finished + 1);
        assertThat(Files.readString(out.resolve("study.md"))).contains("Not complete: " + m.group())
                .containsPattern("\\| \\d+/" + finished + " \\|");
        System.out.printf("SigtermEndsStudyTest: stopped during run %d of 50, exit 143 after %.2f s%n", finished + 1, seconds);
    }
}
