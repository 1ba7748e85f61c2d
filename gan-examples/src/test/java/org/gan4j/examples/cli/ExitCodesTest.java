package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gan4j.api.GanException;
import org.gan4j.core.data.DataNotFoundException;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.run.InvalidRunOptionException;
import org.gan4j.core.run.RunOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Exit 2 for invalid usage, 1 for a run that failed; the library's messages with the command line's names and remedies. */
class ExitCodesTest {
    @Test
    @DisplayName("usage errors found before the run are 2; a failure while running, or anything else, is 1")
    void codes() {
        assertThat(ExitCodes.of(new InvalidArgumentException("--x", 1, "no"))).isEqualTo(2);
        assertThat(ExitCodes.of(new InvalidRunOptionException(RunOptions.STEPS, 0, "it must be >= 1"))).isEqualTo(2);
        assertThat(ExitCodes.of(new GanException("a batch of 3 samples cannot be packed in groups of 2"))).isEqualTo(2);
        assertThat(ExitCodes.of(new RunFailure("training failed at step 7: TensorFlow refused", new GanException("x"))))
                .isEqualTo(1);
        assertThat(ExitCodes.of(new UncheckedIOException(new IOException("disk full")))).isEqualTo(1);
        assertThat(ExitCodes.of(new OutOfMemoryError("Java heap space"))).isEqualTo(1);
    }

    private static CommandSpec command(String name) {
        return new CommandLine(new GanCommand(new StopOnSignal(new java.io.PrintWriter(System.err)))).getSubcommands().get(name).getCommandSpec();
    }

    @Test
    @DisplayName("run options are named by their flags, and missing data gets the command line's remedy")
    void messages() {
        CommandSpec train = command("train");
        assertThat(ExitCodes.message(new InvalidRunOptionException(RunOptions.EVAL_EVERY, 5, "it needs ${dataset} x"), train))
                .isEqualTo("--eval-every = 5 is invalid; it needs --dataset x");
        assertThat(ExitCodes.message(new DataNotFoundException(ImageDataset.FASHION_MNIST, "t10k-images-idx3-ubyte[.gz]"), train))
                .endsWith("; install Fashion-MNIST with 'sudo apt-get install dataset-fashion-mnist'");
        assertThat(ExitCodes.message(new DataNotFoundException(Path.of("/data"), "train-images-idx3-ubyte[.gz]"), train))
                .isEqualTo("no IDX file train-images-idx3-ubyte[.gz] in /data; point --data at a folder holding "
                        + "train-images-idx3-ubyte.gz or train-images-idx3-ubyte");
    }

    @Test
    @DisplayName("gan eval's messages name no option it lacks: not --data, not --loss; the remedy is the run's own data folder")
    void evalNamesOnlyItsOwnOptions() {
        CommandSpec eval = command("eval");
        assertThat(ExitCodes.message(new DataNotFoundException(Path.of("/moved"), "train-images-idx3-ubyte[.gz]"), eval))
                .isEqualTo("no IDX file train-images-idx3-ubyte[.gz] in /moved; gan eval reads the run's data from the "
                        + "folder it was trained on: put train-images-idx3-ubyte (or its .gz) back there")
                .doesNotContain("--");
        assertThat(ExitCodes.message(new InvalidRunOptionException(RunOptions.LOSS, "foo", "no loss provider with id 'foo'"),
                eval)).isEqualTo("the run's loss = foo is invalid; no loss provider with id 'foo'");
    }

    @Test
    @DisplayName("an I/O failure keeps its reason: a full disk, a denied permission, a file where a folder belongs")
    void ioFailuresKeepTheirCause(@TempDir Path dir) throws java.io.IOException {
        CommandSpec train = command("train");
        assertThat(ExitCodes.message(new UncheckedIOException("cannot append to /r/tensorboard/events.out.tfevents.1",
                new IOException("No space left on device")), train))
                .isEqualTo("cannot append to /r/tensorboard/events.out.tfevents.1: No space left on device");
        assertThat(ExitCodes.message(new IOException("cannot write /ro/grid.png", new AccessDeniedException(
                "/ro/.grid.png.tmp-7")), command("sample"))).isEqualTo("cannot write /ro/grid.png: /ro/.grid.png.tmp-7: "
                        + "permission denied");
        Path file = Files.createFile(dir.resolve("file"));
        assertThat(ExitCodes.message(new FileAlreadyExistsException(file.toString()), train))
                .isEqualTo(file + ": it already exists, as a file");
    }

    @Test
    @DisplayName("out of memory says how to give Java more heap and which of the command's options ask for less")
    void outOfMemory() {
        assertThat(ExitCodes.message(new OutOfMemoryError("Java heap space"), command("sample")))
                .startsWith("Java ran out of memory (Java heap space); its heap may grow to ")
                .contains("Allow a larger heap with GAN_JAVA_OPTS=-Xmx<size>", "or ask for less with a smaller --n")
                .doesNotContain("--batch-size");
        assertThat(ExitCodes.message(new RunFailure("scoring failed", new OutOfMemoryError("Java heap space")),
                command("eval"))).contains("a smaller --samples");
    }

    @Test
    @DisplayName("a bug is one line that names the exception, its message and where it was thrown, not a stack trace")
    void internalError() {
        NegativeArraySizeException bug = new NegativeArraySizeException("-100");
        assertThat(ExitCodes.message(bug, command("sample"))).startsWith("an internal error: NegativeArraySizeException: -100 (at ")
                .endsWith("; please report it with the command line").doesNotContain("\n");
    }

    @Test
    @DisplayName("a run that diverges exits 1, saying it failed, where it stopped and where its metrics are")
    void divergedRunExitsOne(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = GanCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "train",
                "--loss", "wgan", "--optimizer", "sgd:lr=1000", "--steps", "200", "--batch-size", "16",
                "--checkpoint-every", "1", "--divergence-limit", "100", "--out", dir.resolve("run").toString());
        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).startsWith("gan train failed: training stopped at step ")
                .contains("exceeds the divergence limit 100.0", "Metrics up to that step are in");
    }
}
