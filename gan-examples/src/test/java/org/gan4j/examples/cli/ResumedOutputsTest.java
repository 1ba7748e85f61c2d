package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.gan4j.examples.cli.GanCommandTest.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resumed run joins its folder's outputs with no step lost or written twice: a rewind abandons the later timeline,
 * a run ended during its export is finished, and a run whose data moved continues with {@code --data}.
 */
class ResumedOutputsTest {
    @TempDir
    Path dir;

    private static Outcome gan(String... args) {
        Outcome o = GanCommandTest.run(args);
        assertThat(o.code()).as(o.err() + o.out()).isZero();
        return o;
    }

    private static List<String> steps(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve("metrics.csv")).stream().skip(1).map(r -> r.substring(0, r.indexOf(',')))
                .toList();
    }

    private static List<String> range(int n) {
        return IntStream.range(0, n).mapToObj(Integer::toString).toList();
    }

    @Test
    @DisplayName("resuming from an older checkpoint deletes the later timeline after saying so, and the next resume "
            + "continues the rewound run: no jump back, no false crash warning, every step once, losses as a straight run's")
    void rewindTruncatesTheAbandonedFuture() throws IOException {
        Path run = dir.resolve("run");
        gan("train", "--steps", "60", "--batch-size", "16", "--checkpoint-every", "20", "--keep-checkpoints", "5",
                "--sample-every", "20", "--out", run.toString());
        List<String> straight = ChildJvm.losses(run);

        Outcome rewound = gan("train", "--resume", run.resolve("checkpoints/step-000000020").toString(), "--steps", "30");
        assertThat(rewound.out()).contains("rewinding to step 20: the run's later timeline is abandoned, so its "
                + "checkpoints step-000000040, step-000000060; its summary.json");
        assertThat(run.resolve("checkpoints/step-000000060")).doesNotExist();
        assertThat(run.resolve("samples-000060.png")).doesNotExist();

        Outcome next = gan("train", "--resume", run.toString(), "--steps", "60");
        assertThat(next.out()).contains("resuming from " + run.resolve("checkpoints/step-000000030") + " at step 30");
        assertThat(next.err()).doesNotContain("crash came");
        assertThat(steps(run)).isEqualTo(range(60));
        assertThat(ChildJvm.losses(run)).isEqualTo(straight);
        assertThat(TensorBoardFiles.read(run).stream().filter(e -> e.tag().equals("d_loss")).map(e -> e.step()).toList())
                .isEqualTo(IntStream.rangeClosed(1, 60).mapToObj(i -> (long) i).toList());
    }

    @Test
    @DisplayName("a run whose process ended while exporting the generator (a half-written generator.tmp, no summary): "
            + "--resume finishes the export and the summary, gan sample reads it, and a second --resume says it is finished")
    void endedDuringTheExport() throws IOException {
        Path data = ImageFiles.write(Files.createDirectories(dir.resolve("data")));
        Path run = dir.resolve("run");
        gan("train", "--dataset", "fashion-mnist", "--data", data.toString(), "--steps", "3", "--batch-size", "8",
                "--generator", "dcgan:latent=8", "--out", run.toString());
        List<String> rows = Files.readAllLines(run.resolve("metrics.csv"));
        org.gan4j.core.checkpoint.DurableFiles.deleteTree(run.resolve("generator"));
        Files.delete(run.resolve("summary.json"));
        Files.writeString(Files.createDirectories(run.resolve("generator.tmp-99999")).resolve("saved_model.pb"), "cut");

        Outcome finished = gan("train", "--resume", run.toString());
        assertThat(finished.out()).contains("the run reached step 3 but its outputs are unfinished")
                .contains("exported the generator to " + run.resolve("generator"));
        assertThat(run.resolve("summary.json")).exists();
        assertThat(run.resolve("generator.tmp-99999")).doesNotExist();
        assertThat(Files.readAllLines(run.resolve("metrics.csv"))).isEqualTo(rows);
        gan("sample", "--model", run.resolve("generator").toString(), "--n", "4", "--out", dir.resolve("grid.png").toString());
        assertThat(dir.resolve("grid.png")).exists();

        Outcome again = gan("train", "--resume", run.toString());
        assertThat(again.out()).contains("finished at step 3; nothing to train");
    }

    @Test
    @DisplayName("after the data folder moves, --resume names --data as the remedy, and --resume --data NEW continues")
    void dataFolderMoved() throws IOException {
        Path data = ImageFiles.write(Files.createDirectories(dir.resolve("data")));
        Path run = dir.resolve("run");
        gan("train", "--dataset", "fashion-mnist", "--data", data.toString(), "--steps", "3", "--batch-size", "8",
                "--generator", "dcgan:latent=8", "--out", run.toString());
        Path moved = Files.move(data, dir.resolve("moved"));

        Outcome lost = GanCommandTest.run("train", "--resume", run.toString(), "--steps", "5");
        assertThat(lost.code()).isEqualTo(2);
        assertThat(lost.err()).contains("point --data at a folder holding");

        Outcome o = gan("train", "--resume", run.toString(), "--steps", "5", "--data", moved.toString());
        assertThat(o.out()).contains("at step 3");
        assertThat(steps(run)).isEqualTo(range(5));
        assertThat(Files.readString(run.resolve("checkpoints/step-000000005/manifest.properties")))
                .contains("run.data=" + moved);
    }

    @Test
    @DisplayName("after the newest checkpoint is deleted by hand, --resume uses the one before and says LATEST names a "
            + "deleted checkpoint, not that a crash came between two renames")
    void latestNamesADeletedCheckpoint() throws Exception {
        Path run = dir.resolve("run");
        gan("train", "--steps", "30", "--batch-size", "16", "--checkpoint-every", "10", "--out", run.toString());
        org.gan4j.core.checkpoint.DurableFiles.deleteTree(run.resolve("checkpoints/step-000000030"));
        String output = ChildJvm.run(dir, "train", "--resume", run.toString(), "--steps", "30");
        assertThat(output).contains("LATEST names step-000000030, which no longer exists (it was deleted); using the "
                + "newest complete checkpoint, step-000000020").doesNotContain("crash came")
                .contains("resuming from " + run.resolve("checkpoints/step-000000020") + " at step 20");
        assertThat(steps(run)).isEqualTo(range(30));
    }
}
