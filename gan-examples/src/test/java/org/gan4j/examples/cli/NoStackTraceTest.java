package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gan4j.examples.cli.GanCommandTest.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad inputs and faults tried as a new user would, across every command: each ends with exit code 1 or 2 and a
 * message of a few lines that names the option it is about, never a Java stack trace (on the command's error
 * stream or the process's), never an option the command does not have, and no file of the run it points at changes.
 * Placeholders: {@code RUN} a finished ring8 run, {@code IMAGES} a finished image run, {@code FILE} a regular file,
 * {@code EMPTY} an empty folder, {@code LOCKED} a folder no file can be written in ({@code /sys} when the tests run
 * as root, whom permissions do not stop), {@code NEW} a path that does not exist.
 */
class NoStackTraceTest {
    @TempDir
    static Path dir;
    private static Map<String, String> places;

    @BeforeAll
    static void prepare() throws IOException {
        Path run = dir.resolve("run");
        assertThat(GanCommandTest.run("train", "--steps", "10", "--batch-size", "16", "--out", run.toString()).code())
                .isZero();
        Path data = ImageFiles.write(Files.createDirectories(dir.resolve("data")));
        Path images = dir.resolve("images");
        assertThat(GanCommandTest.run("train", "--dataset", "fashion-mnist", "--data", data.toString(), "--steps", "2",
                "--batch-size", "8", "--generator", "dcgan:latent=8", "--out", images.toString()).code()).isZero();
        Path locked = Files.createDirectories(dir.resolve("locked"));
        locked.toFile().setWritable(false);
        if (Files.isWritable(locked)) { // root: a read-only file system instead
            locked = Path.of("/sys");
        }
        places = Map.of("RUN", run.toString(), "IMAGES", images.toString(), "FILE",
                Files.writeString(dir.resolve("file.txt"), "mine").toString(), "EMPTY",
                Files.createDirectories(dir.resolve("empty")).toString(), "LOCKED", locked.toString(), "NEW",
                dir.resolve("new").toString(), "DATA", data.toString());
    }

    @ParameterizedTest(name = "gan {0}")
    @DisplayName("a bad input ends with a message naming its option, exit 1 or 2, no stack trace, no wrong option, "
            + "no file changed")
    @CsvSource(delimiter = '|', value = {
        "train --steps ten|--steps",
        "train --steps 2147483648000000000000|--steps",
        "train --seed x|--seed",
        "train --batch-size 100000000|--batch-size",
        "train --loss wgan:lambda=1|--loss",
        "train --optimizer adam:lr=x|--optimizer",
        "train --g-optimizer adam:beta1=2|--g-optimizer",
        "train --generator mlp:depth=-1|--generator",
        "train --regularizer gp:lambda=-3|--regularizer",
        "train --out FILE|--out",
        "train --out LOCKED/run --steps 5|--out",
        "train --out EMPTY --overwrite --steps 5 --batch-size 3 --discriminator mlp:pack=2|discriminator mlp",
        "train --resume NEW|--resume",
        "train --resume FILE|--resume",
        "train --resume EMPTY|--resume",
        "train --resume RUN --loss hinge|--loss",
        "train --resume RUN --steps 5|--steps",
        "train --dataset fashion-mnist --data NEW --steps 2|--data",
        "train --dataset fashion-mnist --data FILE --steps 2|--data",
        "train --dataset ring8 --eval-every 5 --steps 5|--eval-every",
        "train --nonsense|--nonsense",
        "sample --model NEW|--model",
        "sample --model RUN|--model",
        "sample --model IMAGES/generator --n 0|--n",
        "sample --model IMAGES/generator --n 2147483647|--n",
        "sample --model IMAGES/generator --out EMPTY|--out",
        "sample --model IMAGES/generator --out LOCKED/grid.png|--out",
        "eval --run NEW|--run",
        "eval --run RUN|--run",
        "eval --run IMAGES --samples 5|--samples",
        "eval --run IMAGES --samples 100000000|--samples",
        "eval --run IMAGES --samples 20 --classifier NEW|--classifier",
        "study --dataset moons|--dataset",
        "study --seeds 0|--seeds",
        "study --out FILE --steps 5|--out"})
    void badInput(String command, String option) throws IOException {
        String[] args = command.split(" ");
        for (int i = 0; i < args.length; i++) {
            for (Map.Entry<String, String> place : places.entrySet()) {
                args[i] = args[i].replace(place.getKey(), place.getValue());
            }
        }
        Map<String, String> run = RunFolders.fingerprint(Path.of(places.get("RUN")));
        Map<String, String> images = RunFolders.fingerprint(Path.of(places.get("IMAGES")));
        ByteArrayOutputStream processErr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        Outcome o;
        System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
        try {
            o = GanCommandTest.run(args);
        } finally {
            System.setErr(original);
        }
        String all = o.err() + processErr.toString(StandardCharsets.UTF_8);
        assertThat(o.code()).as(all + o.out()).isIn(1, 2);
        assertThat(all).as("no stack trace").doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
                .doesNotContain("Exception:").doesNotContain("Caused by");
        assertThat(o.err().lines().count()).as(o.err()).isLessThanOrEqualTo(4);
        assertThat(o.err()).contains(option);
        String subcommand = args[0];
        if (!subcommand.equals("train")) {
            assertThat(o.err()).as("names only options gan " + subcommand + " has").doesNotContain("--resume")
                    .doesNotContain("--data ");
        }
        assertThat(RunFolders.fingerprint(Path.of(places.get("RUN")))).isEqualTo(run);
        assertThat(RunFolders.fingerprint(Path.of(places.get("IMAGES")))).isEqualTo(images);
    }
}
