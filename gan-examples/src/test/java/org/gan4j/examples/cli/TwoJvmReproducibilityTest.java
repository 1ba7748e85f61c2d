package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code gan train} in fresh JVMs, with standard output redirected as in CI. */
class TwoJvmReproducibilityTest {

    private static String train(Path out, long seed) throws IOException, InterruptedException {
        return ChildJvm.run(out.getParent(), "train", "--steps", "120", "--batch-size", "64", "--seed",
                Long.toString(seed), "--out", out.toString());
    }

    @Test
    @DisplayName("same seed in two JVMs: bit-identical losses at every step; progress has no \\r or ANSI codes when redirected")
    void sameSeedTwoJvms(@TempDir Path dir) throws Exception {
        String first = train(dir.resolve("a"), 11);
        train(dir.resolve("b"), 11);
        List<String> a = ChildJvm.losses(dir.resolve("a"));
        assertThat(a).hasSize(121);
        assertThat(a.get(0)).isEqualTo("step,d_loss,d_grad_norm,d_real,d_fake,g_loss,g_grad_norm");
        assertThat(ChildJvm.losses(dir.resolve("b"))).isEqualTo(a);
        assertThat(first).doesNotContain("\r").doesNotContain("\u001b[").contains("step 120/120 (100%)");
        assertThat(dir.resolve("a/samples-000120.png")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("a/summary.json"))).contains("\"modes\": 8", "\"steps\": 120");
    }
}
