package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WithoutGuiceTest {
    /** Guice and what it brings: none of it may be needed outside org.gan4j.core.inject. */
    private static final List<String> GUICE_JARS = List.of("guice", "guava", "failureaccess", "jakarta.inject",
            "aopalliance", "listenablefuture", "jsr305", "error_prone", "j2objc", "checker-qual");

    @Test
    @DisplayName("gan plugins and gan train run on plain ServiceLoader discovery with no Guice jar on the class path")
    void cliRunsWithoutGuice(@TempDir Path dir) throws Exception {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        String withoutGuice = Arrays.stream(entries)
                .filter(e -> GUICE_JARS.stream().noneMatch(name -> Path.of(e).getFileName().toString().startsWith(name)))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(entries.length - withoutGuice.split(File.pathSeparator).length).as("Guice jars removed").isGreaterThanOrEqualTo(2);

        String plugins = run(withoutGuice, dir, "plugins");
        assertThat(plugins).contains("non-saturating").contains("adam");
        String train = run(withoutGuice, dir, "train", "--steps", "20", "--out", dir.resolve("run").toString());
        assertThat(train).doesNotContain("NoClassDefFoundError");
        assertThat(dir.resolve("run/summary.json")).exists();
    }

    private static String run(String classPath, Path dir, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "gan-", ".log");
        return ChildJvm.finish(ChildJvm.start(classPath, log, args), log, 120);
    }
}
