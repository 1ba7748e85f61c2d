package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.gan4j.api.GanException;
import org.gan4j.core.data.DataNotFoundException;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.run.InvalidRunOptionException;
import org.gan4j.core.run.RunOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(ExitCodes.of(new java.io.UncheckedIOException(new java.io.IOException("disk full")))).isEqualTo(1);
    }

    @Test
    @DisplayName("run options are named by their flags, and missing data gets the command line's remedy")
    void messages() {
        assertThat(ExitCodes.message(new InvalidRunOptionException(RunOptions.EVAL_EVERY, 5, "it needs ${dataset} x")))
                .isEqualTo("--eval-every = 5 is invalid; it needs --dataset x");
        assertThat(ExitCodes.message(new DataNotFoundException(ImageDataset.FASHION_MNIST, "t10k-images-idx3-ubyte[.gz]")))
                .endsWith("; install Fashion-MNIST with 'sudo apt-get install dataset-fashion-mnist'");
        assertThat(ExitCodes.message(new DataNotFoundException(Path.of("/data"), "train-images-idx3-ubyte[.gz]")))
                .isEqualTo("no IDX file train-images-idx3-ubyte[.gz] in /data; point --data at a folder holding "
                        + "train-images-idx3-ubyte.gz or train-images-idx3-ubyte");
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
