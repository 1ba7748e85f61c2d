package org.gan4j.consumertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end, standard error merged into standard output, and fails the test unless it exits 0. */
final class ChildProcess {
    private ChildProcess() {
    }

    /**
     * @param command the program and its arguments
     * @param folder its working folder
     * @param environment variables added to this JVM's
     * @param log where its output goes
     * @param seconds how long it may take
     * @return its output
     */
    static String run(List<String> command, Path folder, Map<String, String> environment, Path log, int seconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("%s ended within %d s; its output:%n%s", command, seconds, output).isTrue();
        assertThat(process.exitValue()).as("exit code of %s; its output:%n%s", command, output).isZero();
        return output;
    }
}
