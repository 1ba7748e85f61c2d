package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GanCommandTest {

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GanCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0} → exit 2, \"{1}\"")
    @DisplayName("invalid arguments exit 2 with a message naming the argument, the value and what is allowed")
    @CsvSource(delimiter = '|', value = {
        "--dataset moons|--dataset = moons is invalid; use one of [ring8, grid25, fashion-mnist, idx, folder]; with --data DIR it may be left out",
        "--dataset ring8 --data /tmp|--data = /tmp is invalid; only image data sets read files; leave --dataset out (it follows from what DIR holds), or leave --data out for ring8",
        "--dataset folder|--dataset = folder is invalid; it reads the files of --data DIR; name the folder with --data",
        "--dataset fashion-mnist --channels 1|--channels = 1 is invalid; it shapes the pictures of a folder, but fashion-mnist is an IDX set, used at its own size and in grey; leave --channels out",
        "--image-size 2|--image-size = 2 is invalid; it must be between 4 and 1024, such as 32 or 64",
        "--dataset fashion-mnist --data /nonexistent|no IDX file train-images-idx3-ubyte[.gz] in /nonexistent; point --data at a folder holding",
        "--dataset fashion-mnist --generator dcgan:batch-norm=fast|generator dcgan: batch-norm = 'fast' is unknown; use fused (fast, first-order) or composed",
        "--steps 0|--steps = 0 is invalid; it must be an integer >= 1",
        "--batch-size -5|--batch-size = -5 is invalid; it must be an integer between 1 and 65536",
        "--batch-size 100000000|--batch-size = 100000000 is invalid; it must be an integer between 1 and 65536",
        "--batch-size 99999999999|--batch-size = 99999999999 is invalid; it must be an integer between 1 and 65536",
        "--steps ten|--steps = ten is invalid; it must be an integer >= 1",
        "--divergence-limit much|--divergence-limit = much is invalid; it must be a loss magnitude > 0",
        "--loss wasserstein|--loss = wasserstein is invalid; no loss provider with id 'wasserstein'; found [hinge, least-squares, minimax, non-saturating, relativistic-average, wgan]",
        "--optimizer adma|--optimizer = adma is invalid; no optimizer with id 'adma'; found [adam, cg-dy, cg-fr, cg-fr-prp, cg-hs, cg-hs-dy, cg-hz, cg-prp, momentum, rmsprop, sgd] and the joint optimizers [acgd, cgd]",
        "--optimizer adam:lr=-1|--optimizer = adam:lr=-1 is invalid; adam: lr = -1.0 is invalid; it must be a finite number > 0",
        "--optimizer adam:lr=x|--optimizer = adam:lr=x is invalid; adam: lr = 'x' is not a number",
        "--d-optimizer adam:lr=x|--d-optimizer = adam:lr=x is invalid; adam: lr = 'x' is not a number",
        "--optimizer acgd:lr=x|--optimizer = acgd:lr=x is invalid; acgd: lr = 'x' is not a number",
        "--optimizer adam:learning_rate=0.1|adam does not know the setting [learning_rate]; it knows [beta1, beta2, epsilon, lr, lr_decay, lr_decay_steps]",
        "--discriminator mlp:pack=0|--discriminator = mlp:pack=0 is invalid; discriminator mlp: pack = 0 is invalid; it must be an integer >= 1",
        "--generator mlp:activation=swish|generator mlp: activation = 'swish' is unknown; use one of [linear, relu, leaky-relu, tanh, sigmoid]",
        "--g-ema 1|--g-ema = 1.0 is invalid; it must be 0 (no average) or a decay in (0, 1), such as 0.999",
        "--regularizer gp:10|--regularizer = gp:10 is invalid; '10' in '10' is not key=value",
        "--regularizer gp:lambda=-1|--regularizer = gp:lambda=-1 is invalid; ",
        "--backend tensorflow:intra-op-threads=-1|tensorflow: intra-op-threads = -1 is invalid; it must be an integer >= 0 (0 lets TensorFlow choose).",
        "--backend tensorflow:threads=2|--backend = tensorflow:threads=2 is invalid; tensorflow does not know the setting [threads]; it knows [device, gpu-index, inter-op-threads, intra-op-threads, memory-growth].",
        "--backend tensorflow:device=tpu|tensorflow: device = 'tpu' is unknown; use one of [cpu, gpu].",
        "--backend tensorflow:log-level=3|tensorflow: log-level = 3 cannot be set here: TensorFlow reads its native log level once, from the environment variable TF_CPP_MIN_LOG_LEVEL"})
    void invalidArguments(String args, String message, @TempDir Path out) {
        String[] argv = ("train --out " + out + " " + args).split(" ");
        Outcome o = run(argv);
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(message).hasLineCount(1);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a command line picocli cannot parse gets one line of error, suggestions, and where the help is; no usage dump")
    @CsvSource(delimiter = '|', value = {
        "train --stepz 5|gan train: Unknown options: '--stepz', '5'|see 'gan train --help'",
        "eval --run x --samples abc|gan eval: --samples = abc is invalid; it must be an integer from -2147483648 to 2147483647|see 'gan eval --help'",
        "sample --model|gan sample: Missing required parameter for option '--model' (DIR)|see 'gan sample --help'"})
    void parseErrorsAreShort(String args, String first, String last) {
        Outcome o = run(args.split(" "));
        assertThat(o.code()).isEqualTo(2);
        java.util.List<String> lines = o.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo(first);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(last);
        assertThat(lines).hasSizeLessThanOrEqualTo(4).noneMatch(l -> l.startsWith("Usage:"));
    }

    @Test
    @DisplayName("gan study runs every loss × regularizer × seed and writes one CSV row per run and one markdown row per combination")
    void study(@TempDir Path out) throws java.io.IOException {
        Outcome o = run("study", "--loss", "non-saturating", "--loss", "hinge", "--regularizer", "none", "--regularizer",
                "gp:lambda=1", "--seeds", "2", "--steps", "20", "--batch-size", "32", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(java.nio.file.Files.readAllLines(out.resolve("study.csv"))).hasSize(1 + 2 * 2 * 2);
        String table = java.nio.file.Files.readString(out.resolve("study.md"));
        assertThat(table).startsWith("Command: gan study --loss non-saturating")
                .contains("| ring8 | non-saturating | none | adam:lr=5e-4,beta1=0.5 |",
                        "| ring8 | non-saturating | gp:lambda=1 |", "| ring8 | hinge | none |", "| ring8 | hinge | gp:lambda=1 |")
                .containsPattern("\\| \\d\\.\\d\\d ± \\d\\.\\d\\d \\|");
        assertThat(run("study", "--seeds", "0", "--out", out.toString()).err())
                .contains("--seeds = 0 is invalid; it must be an integer >= 1");
    }

    @Test
    @DisplayName("gan study compares optimizers: one row per --optimizers spec, CG iterations per step for a joint one")
    void studyOfOptimizers(@TempDir Path out) throws java.io.IOException {
        Outcome o = run("study", "--loss", "wgan", "--optimizers", "cg-hs:lr=0.01", "--optimizers", "cgd:lr=0.01,max_iterations=2",
                "--seeds", "1", "--steps", "5", "--batch-size", "16", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        String table = java.nio.file.Files.readString(out.resolve("study.md"));
        assertThat(table).contains("| ring8 | wgan | none | cg-hs:lr=0.01 |")
                .containsPattern("\\| ring8 \\| wgan \\| none \\| cgd:lr=0.01,max_iterations=2 \\|.*\\| [0-2]\\.\\d\\d ± 0\\.00 \\| 0/1 \\|")
                .containsPattern("\\| cg-hs:lr=0.01 \\|.*\\| n/a \\| 0/1 \\|");
        assertThat(run("study", "--seeds", "0", "--out", out.toString()).err())
                .contains("--seeds = 0 is invalid; it must be an integer >= 1");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("gan study names the option a refused spec was given with, --optimizers included")
    @CsvSource(delimiter = '|', value = {
        "--optimizers adam:lr=x|gan study: --optimizers = adam:lr=x is invalid; adam: lr = 'x' is not a number",
        "--optimizers adam:lr|gan study: --optimizers = adam:lr is invalid; 'lr' in 'lr' is not key=value",
        "--loss foo|gan study: --loss = foo is invalid; no loss provider with id 'foo'",
        "--regularizer gp:lambda=x|gan study: --regularizer = gp:lambda=x is invalid; gp: lambda = 'x' is not a number"})
    void studyNamesTheOptionGiven(String args, String message, @TempDir Path out) {
        Outcome o = run(("study --seeds 1 --steps 2 --out " + out + " " + args).split(" "));
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).startsWith(message).hasLineCount(1);
    }

    @Test
    @DisplayName("gan plugins lists every provider with id, version and jar")
    void plugins() {
        Outcome o = run("plugins");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("KIND", "ID", "VERSION", "JAR")
                .containsPattern("backend +tensorflow +\\S+ +\\S*gan-tf-backend")
                .containsPattern("loss +non-saturating +\\S+ +\\S*gan-losses")
                .containsPattern("optimizer +adam +\\S+ +\\S*gan-optimizers")
                .containsPattern("generator +mlp +\\S+ +\\S*gan-core");
    }

    @Test
    @DisplayName("gan train on a truncated IDX file exits 2 naming the file and the field, and writes no run")
    void truncatedImageFile(@TempDir Path dir) throws java.io.IOException {
        Path data = java.nio.file.Files.createDirectories(dir.resolve("data"));
        ImageFiles.write(data);
        Path images = data.resolve("train-images-idx3-ubyte");
        byte[] whole = java.nio.file.Files.readAllBytes(images);
        java.nio.file.Files.write(images, java.util.Arrays.copyOf(whole, whole.length - 10));
        Outcome o = run("train", "--dataset", "fashion-mnist", "--data", data.toString(), "--out", dir.resolve("run").toString());
        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).contains("data file " + images + " is not a valid IDX file: the data after the header should be "
                + "2560 bytes for dimensions [40, 8, 8] but is 2550 bytes (the file is truncated)");
        assertThat(dir.resolve("run")).doesNotExist();
    }
}
