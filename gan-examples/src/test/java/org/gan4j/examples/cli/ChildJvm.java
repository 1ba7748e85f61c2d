package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code gan} command line in a fresh JVM with this test's class path, output redirected as in CI. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** @return a started {@code gan} process, standard error merged into standard output */
    static Process start(Path outputLog, String... args) throws IOException {
        return start(System.getProperty("java.class.path"), outputLog, args);
    }

    /** @return a started {@code gan} process on the given class path, standard error merged into standard output */
    static Process start(String classPath, Path outputLog, String... args) throws IOException {
        return launch(List.of("-cp", classPath, GanCommand.class.getName()), outputLog, args);
    }

    /**
     * @param extraModules more jars for the module path, besides the CLI's own ({@code target/classes} and the
     *     runtime dependencies copied to {@code target/lib})
     * @return a started {@code gan} process on the module path, standard error merged into standard output
     */
    static Process startOnModulePath(List<Path> extraModules, Path outputLog, String... args) throws IOException {
        List<String> path = new ArrayList<>(List.of("target/classes", "target/lib"));
        extraModules.forEach(p -> path.add(p.toString()));
        // On the module path TensorFlow's natives are loaded by named modules, which ALL-UNNAMED does not cover
        return launch(List.of("--enable-native-access=org.bytedeco.javacpp,tensorflow.nativelib",
                "--module-path", String.join(File.pathSeparator, path), "--add-modules", "ALL-MODULE-PATH",
                "-m", "org.gan4j.examples/" + GanCommand.class.getName()), outputLog, args);
    }

    /** @return a started {@code gan} process whose working folder is {@code workingFolder} */
    static Process startIn(Path workingFolder, Path outputLog, String... args) throws IOException {
        List<String> command = java();
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), GanCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingFolder.toFile()).redirectErrorStream(true)
                .redirectOutput(outputLog.toFile()).start();
    }

    /**
     * @return the command that starts a JVM as this one was started, headless, with the options the build gives every
     *     JVM that loads TensorFlow (the system property {@code gan4j.jvm.options}, such as native access)
     */
    private static List<String> java() {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.awt.headless=true"));
        String options = System.getProperty("gan4j.jvm.options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        return command;
    }

    private static Process launch(List<String> mainClass, Path outputLog, String... args) throws IOException {
        return launch(java.util.Map.of(), mainClass, outputLog, args);
    }

    private static Process launch(java.util.Map<String, String> environment, List<String> mainClass, Path outputLog,
            String... args) throws IOException {
        List<String> command = java();
        command.addAll(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(outputLog.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs {@code gan} to the end and returns its output; fails the test unless it exits 0. */
    static String run(Path scratch, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(scratch, "gan-", ".log");
        return finish(start(log, args), log, 180);
    }

    /**
     * Runs {@code gan} to the end, with these environment variables added to the test's, and returns its output;
     * fails the test unless it exits 0.
     */
    static String run(Path scratch, java.util.Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(scratch, "gan-", ".log");
        return finish(launch(environment, List.of("-cp", System.getProperty("java.class.path"),
                GanCommand.class.getName()), log, args), log, 180);
    }

    /**
     * Waits for a started {@code gan} and returns its output; fails the test unless it exits 0 within the time.
     *
     * @param seconds how long it may take
     */
    static String finish(Process p, Path outputLog, int seconds) throws IOException, InterruptedException {
        assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as("gan finished in time").isTrue();
        String output = Files.readString(outputLog, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }

    /**
     * What a child {@code gan} ended with.
     *
     * @param code its exit code
     * @param output standard output and error, merged
     */
    record Ended(int code, String output) {
    }

    /**
     * Runs {@code gan} to the end in {@code workDir} (where a crashing JVM would leave its {@code hs_err} file), with
     * these JVM options, and returns its exit code and output, whatever the code.
     *
     * @param jvmOptions options for {@code java}, such as {@code -Xmx32m}
     */
    static Ended runIn(Path workDir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(workDir, "gan-", ".log");
        List<String> command = java();
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), GanCommand.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("gan finished in time").isTrue();
        return new Ended(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** @return a run's metrics file without the wall-time column */
    static List<String> losses(Path runFolder) throws IOException {
        return Files.readAllLines(runFolder.resolve("metrics.csv")).stream()
                .map(line -> line.replaceFirst("^([^,]*),[^,]*,", "$1,")).toList();
    }
}
