package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code ./gan} command of the README's shell blocks, in the order written, in one fresh working folder,
 * each in a JVM of its own, and expects each to exit 0: the examples run one after another as written (issue 17).
 * Step counts are made small ({@link #scaled}) and nothing else changes. Lines that are not {@code ./gan} commands
 * ({@code mvn}, {@code tensorboard}, package installs) are the user's own tools and are not run; the line with
 * {@code GAN_CLASSPATH} runs the plugin example's jar, which the reactor builds after this module, and is run by
 * {@link ThirdPartyPluginTest} with the jar built from its sources.
 */
class ReadmeCommandsTest {
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```sh\\n(.*?)^```");
    /** The repository's data sets folder, which README commands name relative to the repository. */
    private static final String DATASETS = "datasets/";
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** @return the README's {@code ./gan} commands, in order, without comments or what comes before {@code ./gan} */
    static List<List<String>> commands() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        Matcher blocks = BLOCK.matcher(Files.readString(Path.of("..", "README.md")));
        while (blocks.find()) {
            for (String line : blocks.group(1).split("\n")) {
                String command = line.replaceFirst("\\s+#.*$", "").strip();
                if (command.contains("GAN_CLASSPATH=") || !command.contains("./gan ")) {
                    continue;
                }
                command = command.substring(command.indexOf("./gan ") + "./gan ".length());
                commands.add(List.of(command.split("\\s+")));
            }
        }
        return commands;
    }

    /**
     * The command with small step counts: a new training run 20 steps (4 on images), a resumed one to 40 where it
     * asks for more, evaluations over 20 images, a study with one seed, a classifier trained one epoch; paths into
     * the repository's {@code datasets/} made absolute; every other argument as written.
     */
    static List<String> scaled(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.replaceAll(arg -> arg.startsWith(DATASETS) ? REPOSITORY.resolve(arg).toString() : arg);
        String name = args.get(0);
        if (name.equals("train") && !args.contains("--help")) {
            boolean images = args.contains("fashion-mnist") || args.contains("--data");
            if (args.contains("--resume")) {
                replace(args, "--steps", "40");
            } else if (!replace(args, "--steps", images ? "4" : "20")) {
                args.addAll(List.of("--steps", images ? "4" : "20"));
            }
            if (replace(args, "--eval-every", "2")) {
                args.addAll(List.of("--eval-samples", "20"));
            }
            replace(args, "--sample-every", "10");
        } else if (name.equals("study")) {
            args.addAll(List.of("--steps", "20"));
            replace(args, "--seeds", "1");
        } else if (name.equals("eval")) {
            args.addAll(List.of("--samples", "20"));
        } else if (name.equals("classifier")) {
            args.addAll(List.of("--epochs", "1"));
        }
        return args;
    }

    private static boolean replace(List<String> args, String option, String value) {
        int at = args.indexOf(option);
        if (at >= 0) {
            args.set(at + 1, value);
        }
        return at >= 0;
    }

    @Test
    @DisplayName("every ./gan command of the README runs as written, in order, in a fresh folder, and exits 0")
    void everyCommandRuns() throws Exception {
        List<List<String>> commands = commands();
        assertThat(commands).as("the README's commands").hasSizeGreaterThan(15);
        Path work = Files.createDirectories(dir.resolve("work"));
        for (int i = 0; i < commands.size(); i++) {
            List<String> args = scaled(commands.get(i));
            Path log = dir.resolve("command-" + i + ".log");
            ChildJvm.finish(ChildJvm.startIn(work, log, args.toArray(String[]::new)), log, 300);
        }
        assertThat(work.resolve("runs/ring8-seed1/summary.json")).exists();
        assertThat(work.resolve("runs/ring8-seed1-2")).exists(); // the same command again did not collide
        assertThat(work.resolve("runs/fm/generator")).exists();
        assertThat(work.resolve("grid.png")).exists();
    }
}
