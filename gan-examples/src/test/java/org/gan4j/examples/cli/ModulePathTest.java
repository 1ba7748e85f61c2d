package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as named modules: every gan4j jar's module-info resolves with TensorFlow's, Guice's and picocli's, and
 * ServiceLoader finds the providers through the {@code provides} clauses. (Every other test runs on the class path.)
 */
class ModulePathTest {
    private static String run(Path dir, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "gan-", ".log");
        return ChildJvm.finish(ChildJvm.startOnModulePath(List.of(), log, args), log, 120);
    }

    @Test
    @DisplayName("on the module path, gan plugins lists every provider kind from its module")
    void pluginsOnTheModulePath(@TempDir Path dir) throws Exception {
        String output = run(dir, "plugins");
        assertThat(output).containsPattern("backend +tensorflow +0\\.1\\.0-SNAPSHOT")
                .containsPattern("loss +wgan").containsPattern("regularizer +gp").containsPattern("optimizer +cg-hz")
                .containsPattern("joint optimizer +acgd").containsPattern("generator +mlp");
    }

    @Test
    @DisplayName("on the module path, gan train runs, writes its plots and checkpoints, and scores the run")
    void trainOnTheModulePath(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        String output = run(dir, "train", "--steps", "30", "--out", out.toString());
        assertThat(output).contains("ring8 seed 1:");
        assertThat(out.resolve("summary.json")).exists();
        assertThat(out.resolve("checkpoints/LATEST")).exists();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".png"));
        }
    }
}
