package org.gan4j.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin example's contract test run the way a build that tests on the module path runs it (Gradle's modular
 * tests, a hand-written launcher): the plugin, the kit, JUnit and the backend are all modules, and the test classes
 * are patched into the plugin's module. The kit is then the named module {@code org.gan4j.tck}, so its
 * {@code ServiceLoader} calls need {@code uses} clauses, and it may not instantiate the plugin's classes by reflection.
 */
class PluginOnModulePathTest {
    private static final Path PLUGIN = Path.of("..", "gan-plugin-example", "src");
    private static final String MODULE = "com.example.ganplugin";
    /** What the patched tests read besides the plugin's own requirements: the kit, and JUnit and AssertJ directly. */
    private static final String TEST_READS = MODULE + "=org.gan4j.tck,org.junit.jupiter.api,org.assertj.core";

    @TempDir
    Path dir;

    @Test
    @DisplayName("the plugin example's tests pass with the plugin, the kit, JUnit and the backend all on the module path")
    void pluginExampleOnTheModulePath() throws Exception {
        List<String> modules = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !Path.of(e).toAbsolutePath().startsWith(Path.of("target").toAbsolutePath())).toList();
        String main = compile("main", List.of("--module-path", String.join(File.pathSeparator, modules)), PLUGIN.resolve("main/java"));
        String modulePath = String.join(File.pathSeparator, modules) + File.pathSeparator + main;
        String tests = compile("test", List.of("--module-path", modulePath, "--add-modules", "org.gan4j.tck",
                "--patch-module", MODULE + "=" + PLUGIN.resolve("test/java"), "--add-reads", TEST_READS),
                PLUGIN.resolve("test/java"));
        String output = run(List.of("--module-path", modulePath, "--add-modules", "ALL-MODULE-PATH",
                "--patch-module", MODULE + "=" + tests, "--add-reads", TEST_READS,
                "--add-opens", MODULE + "/com.example.ganplugin=org.junit.platform.commons",
                "-cp", launcher(), ModulePathLauncher.class.getName(), "com.example.ganplugin.RelativisticHingeLossContractTest",
                "com.example.ganplugin.RelativisticHingeLossMarginTest"));
        assertThat(output).as("9 rules of LossContract and the margin test").contains("successful=10 failed=0");
    }

    private String compile(String name, List<String> options, Path sources) throws IOException {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-Xlint:none", "-d", out.toString()));
        args.addAll(options);
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
                .as("javac of %s", sources).isZero();
        return out.toString();
    }

    /** @return a class path holding the launcher alone, so that none of this module's fixtures are found */
    private String launcher() throws IOException {
        String file = ModulePathLauncher.class.getName().replace('.', '/') + ".class";
        Path target = Files.createDirectories(dir.resolve("launcher").resolve(file).getParent());
        try (var in = ModulePathLauncher.class.getClassLoader().getResourceAsStream(file)) {
            Files.copy(in, target.resolve(Path.of(file).getFileName()));
        }
        return dir.resolve("launcher").toString();
    }

    private String run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(args);
        Path log = dir.resolve("child.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
        Process child = builder.start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child JVM finished in time").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isZero();
        return output;
    }
}
