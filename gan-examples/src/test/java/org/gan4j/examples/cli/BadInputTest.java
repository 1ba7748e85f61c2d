package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bad input of issue 7 against a folder that already holds a real run: each gets a message naming the
 * thing, the value and the remedy, exit code 2, and no existing file changes (SHA-256 of every file, before and after).
 */
class BadInputTest {
    @TempDir
    static Path shared;
    private static Path template;

    @TempDir
    Path dir;
    private Path run;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome gan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GanCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void trainOnce() {
        template = shared.resolve("run");
        Outcome o = gan("train", "--steps", "20", "--batch-size", "16", "--checkpoint-every", "10", "--out", template.toString());
        assertThat(o.code()).as(o.err()).isZero();
    }

    @BeforeEach
    void copyRun() throws IOException {
        run = RunFolders.copy(template, dir.resolve("run"));
    }

    /** Runs gan, expects exit 2 and the message, and checks that nothing under the test's folder changed. */
    private void refused(String message, String... args) {
        Map<String, String> before = RunFolders.fingerprint(dir);
        Outcome o = gan(args);
        assertThat(o.code()).as(o.err() + o.out()).isEqualTo(2);
        assertThat(o.err()).contains(message);
        assertThat(RunFolders.fingerprint(dir)).isEqualTo(before);
    }

    private Path newest() {
        return run.resolve("checkpoints/step-000000020");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("invalid hyperparameters (negative, zero, NaN, out of range) and unknown ids: exit 2, a message, no file written")
    @CsvSource(delimiter = '|', value = {
        "--optimizer adam:lr=-1|adam: lr = -1.0 is invalid; it must be a finite number > 0",
        "--optimizer adam:lr=0|adam: lr = 0.0 is invalid; it must be a finite number > 0",
        "--optimizer adam:lr=NaN|adam: lr = NaN is invalid; it must be a finite number > 0",
        "--optimizer adam:beta1=1|adam: beta1 = 1.0 is invalid; it must be a number in [0.0, 1.0)",
        "--optimizer cg-hz:kappa=1.5|kappa = 1.5 is invalid; it must be a number in (0.0, 1.0]",
        "--optimizer acgd:max_iterations=0|max_iterations = 0 is invalid; it must be an integer >= 1",
        "--regularizer clip:c=-0.01|c = -0.01 is invalid",
        "--steps 0|--steps = 0 is invalid; it must be an integer >= 1",
        "--checkpoint-every 0|--checkpoint-every = 0 is invalid; it must be a step count >= 1",
        "--keep-checkpoints 0|--keep-checkpoints = 0 is invalid; it must be an integer >= 1",
        "--divergence-limit NaN|--divergence-limit = NaN is invalid; it must be a loss magnitude > 0, or Infinity",
        "--loss wasserstein|no loss provider with id 'wasserstein'; found [hinge, least-squares",
        "--optimizer adma|no optimizer with id 'adma'; found [adam, cg-dy"})
    void invalidHyperparameters(String args, String message) {
        String[] argv = ("train --out " + dir.resolve("new") + " " + args).split(" ");
        refused(message, argv);
        assertThat(dir.resolve("new")).doesNotExist();
    }

    @Test
    @DisplayName("a new run into a folder that holds a finished run is refused, naming what works: --resume with more --steps, --out and --overwrite")
    void freshRunOverAnExistingOne() {
        refused("--out " + run + ": it holds a run that finished at step 20. Train it further with 'gan train --resume "
                + run + " --steps N' (N > 20), write elsewhere with --out DIR, or pass --overwrite to replace it",
                "train", "--steps", "5", "--out", run.toString());
    }

    @Test
    @DisplayName("--resume with a flipped byte in the newest checkpoint names the file and the checksum, and the earlier checkpoint")
    void flippedByte() throws IOException {
        Path data = newest().resolve("variables.bin");
        byte[] bytes = Files.readAllBytes(data);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(data, bytes);
        refused("checkpoint file " + data + " is unusable: its SHA-256 is", "train", "--resume", run.toString());
        assertThat(gan("train", "--resume", run.toString()).err())
                .contains("Resume from an earlier checkpoint of the run instead, for example " + run.resolve("checkpoints/step-000000010"));
    }

    @Test
    @DisplayName("--resume with a truncated manifest (the data file's index) names manifest.properties")
    void truncatedManifest() throws IOException {
        Path manifest = newest().resolve("manifest.properties");
        Files.write(manifest, java.util.Arrays.copyOf(Files.readAllBytes(manifest), 100));
        refused("checkpoint file " + manifest + " is unusable", "train", "--resume", run.toString());
    }

    @Test
    @DisplayName("--resume with the manifest missing names manifest.properties as missing")
    void missingManifest() throws IOException {
        Files.delete(newest().resolve("manifest.properties"));
        refused("checkpoint file " + newest().resolve("manifest.properties") + " is unusable: it is missing",
                "train", "--resume", run.toString());
    }

    @Test
    @DisplayName("--resume when LATEST names a path that escapes the checkpoint folder is refused, naming it")
    void latestEscapes() throws IOException {
        Files.writeString(run.resolve("checkpoints/LATEST"), "../../../etc\n");
        refused("it names '../../../etc', which is not a checkpoint folder inside", "train", "--resume", run.toString());
    }

    @Test
    @DisplayName("--resume with options that change the model is refused, listing them and what may be given")
    void resumeWithOtherModel() {
        refused("--loss, --generator = given with --resume is invalid; a resumed run keeps the configuration",
                "train", "--resume", run.toString(), "--loss", "hinge", "--generator", "mlp:width=64");
    }

    @Test
    @DisplayName("--resume --steps 20 of a run that finished at step 20 asks for more steps; without --steps it is left "
            + "as it is and exits 0, so a repeated resume succeeds")
    void resumeAlreadyDone() {
        refused("--steps = 20 is invalid; the checkpoint is at step 20, where the run finished; pass --steps N with "
                + "N > 20 to train further", "train", "--resume", run.toString(), "--steps", "20");
        var before = RunFolders.fingerprint(dir);
        Outcome o = gan("train", "--resume", run.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("the run in " + run + " finished at step 20; nothing to train. Pass --steps N "
                + "(N > 20) to train it further");
        assertThat(RunFolders.fingerprint(dir)).isEqualTo(before);
    }

    @Test
    @DisplayName("--resume of a folder that is neither a run nor a checkpoint says what it must be")
    void resumeNotARun() {
        refused("--resume = " + dir + " is invalid; it must be a run's output folder", "train", "--resume", dir.toString());
    }

    @Test
    @DisplayName("--resume from an explicit older checkpoint continues from it")
    void resumeFromOlderCheckpoint() {
        Outcome o = gan("train", "--resume", run.resolve("checkpoints/step-000000010").toString(), "--steps", "12");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("resuming from " + run.resolve("checkpoints/step-000000010") + " at step 10");
    }
}
