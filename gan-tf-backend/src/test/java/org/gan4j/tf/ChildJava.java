package org.gan4j.tf;

import java.util.ArrayList;
import java.util.List;

/** The command that runs a class of these tests in a fresh JVM, started as this one was. */
final class ChildJava {
    private ChildJava() {
    }

    /**
     * @param main the class whose {@code main} runs
     * @return this JVM's {@code java}, the options the build gives every JVM that loads TensorFlow (the system
     *     property {@code gan4j.jvm.options}, such as native access), this test's class path and {@code main}
     */
    static List<String> command(Class<?> main) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        String options = System.getProperty("gan4j.jvm.options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        return command;
    }
}
