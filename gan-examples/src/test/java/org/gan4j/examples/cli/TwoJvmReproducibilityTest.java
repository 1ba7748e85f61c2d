package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code gan train} in fresh JVMs, with standard output redirected as in CI. */
class TwoJvmReproducibilityTest {

    private static String train(Path out, long seed) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), GanCommand.class.getName(), "train", "--steps", "120",
                "--batch-size", "64", "--seed", Long.toString(seed), "--out", out.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }

    /** The metrics file without the wall-time column. */
    private static List<String> losses(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("metrics.csv")).stream()
                .map(line -> line.replaceFirst("^([^,]*),[^,]*,", "$1,")).toList();
    }

    @Test
    @DisplayName("same seed in two JVMs: bit-identical losses at every step; progress has no \\r or ANSI codes when redirected")
    void sameSeedTwoJvms(@TempDir Path dir) throws Exception {
        String first = train(dir.resolve("a"), 11);
        train(dir.resolve("b"), 11);
        List<String> a = losses(dir.resolve("a"));
        assertThat(a).hasSize(121);
        assertThat(a.get(0)).isEqualTo("step,d_loss,d_grad_norm,d_real,d_fake,g_loss,g_grad_norm");
        assertThat(losses(dir.resolve("b"))).isEqualTo(a);
        assertThat(first).doesNotContain("\r").doesNotContain("\u001b[").contains("step 120/120 (100%)");
        assertThat(dir.resolve("a/samples-000120.png")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("a/summary.json"))).contains("\"modes\": 8", "\"steps\": 120");
    }
}
