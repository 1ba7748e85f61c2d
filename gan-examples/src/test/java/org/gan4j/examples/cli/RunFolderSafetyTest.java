package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.gan4j.examples.cli.GanCommandTest.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output folders never lose or mix a run: one writer at a time, {@code --overwrite} replaces a run only with one
 * that has a checkpoint, and a new run starts from an empty folder of its own. Each test builds the situation (real
 * child JVMs for a second writer and for a kill) and checks the outcome and every file's SHA-256.
 */
class RunFolderSafetyTest {
    private static final String[] SMALL = {"--steps", "30", "--batch-size", "16", "--checkpoint-every", "10"};

    @TempDir
    Path dir;

    private Path trained(String name, String... extra) {
        Path folder = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("train", "--out", folder.toString()));
        args.addAll(List.of(SMALL));
        args.addAll(List.of(extra));
        Outcome o = GanCommandTest.run(args.toArray(String[]::new));
        assertThat(o.code()).as(o.err()).isZero();
        return folder;
    }

    private static void await(String what, BooleanSupplier condition, Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            assertThat(p.isAlive()).as("%s: the child ended early: %s", what, Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("waited for %s", what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static long lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).size() : 0;
        } catch (IOException e) {
            return 0; // being replaced
        }
    }

    @Test
    @DisplayName("while one gan train writes a folder, a second train, an --overwrite, a --resume and a gan eval of it are "
            + "refused with the holder's process id, and the first run's metrics stay one run's, step after step")
    void secondWriterIsRefused() throws Exception {
        Path folder = dir.resolve("X");
        Path log = dir.resolve("first.log");
        Process first = ChildJvm.start(log, "train", "--seed", "1", "--steps", "1000000", "--checkpoint-every", "200",
                "--out", folder.toString());
        try {
            await("a checkpoint", () -> Files.isDirectory(folder.resolve("checkpoints/step-000000200")), first, log);
            String holder = "another command is writing this run folder (pid " + first.pid() + ", gan train, started ";
            for (String[] second : List.of(new String[] {"train", "--seed", "2", "--loss", "hinge", "--out", folder.toString()},
                    new String[] {"train", "--seed", "2", "--out", folder.toString(), "--overwrite"},
                    new String[] {"train", "--resume", folder.toString()},
                    new String[] {"eval", "--run", folder.toString()})) {
                Outcome o = GanCommandTest.run(second);
                assertThat(o.code()).as(o.err()).isEqualTo(2);
                assertThat(o.err()).startsWith("gan " + second[0] + ": ").contains(holder);
            }
            long before = lines(folder.resolve("metrics.csv"));
            await("more steps", () -> lines(folder.resolve("metrics.csv")) > before + 50, first, log);
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        List<String> rows = Files.readAllLines(folder.resolve("metrics.csv"));
        assertThat(rows.get(0)).isEqualTo("step,step_ms,d_loss,d_grad_norm,d_real,d_fake,g_loss,g_grad_norm");
        for (int i = 1; i < rows.size() - 1; i++) { // the last row may be cut short by the kill
            assertThat(rows.get(i)).startsWith((i - 1) + ",");
        }
    }

    @Test
    @DisplayName("--overwrite refused while the trainer is built (--batch-size 3 with a packing discriminator) leaves "
            + "the old run as it was, every file")
    void overwriteRefusedWhileBuilding() {
        Path folder = trained("X");
        Map<String, String> before = RunFolders.fingerprint(folder);
        Outcome o = GanCommandTest.run("train", "--out", folder.toString(), "--overwrite", "--steps", "30",
                "--batch-size", "3", "--discriminator", "mlp:pack=2");
        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).contains("discriminator mlp: a batch of 3 samples cannot be packed in groups of pack = 2");
        assertThat(RunFolders.fingerprint(folder)).isEqualTo(before);
    }

    @Test
    @DisplayName("--overwrite by a run that fails before its first checkpoint gets the old run back, every file, and "
            + "says so")
    void overwriteFailingBeforeItsFirstCheckpointRestores() {
        Path folder = trained("X");
        Map<String, String> before = RunFolders.fingerprint(folder);
        Outcome o = GanCommandTest.run("train", "--out", folder.toString(), "--overwrite", "--steps", "30",
                "--checkpoint-every", "10", "--divergence-limit", "0.5");
        assertThat(o.code()).as(o.err()).isEqualTo(1);
        assertThat(o.out()).contains("the run it was to replace, in " + folder + ", is restored");
        assertThat(RunFolders.fingerprint(folder)).isEqualTo(before);
    }

    @Test
    @DisplayName("--overwrite killed (SIGKILL) before its first checkpoint: the next command on the folder restores the "
            + "old run and resumes it")
    void overwriteKilledBeforeItsFirstCheckpointIsRestored() throws Exception {
        Path folder = trained("X");
        List<String> oldRows = Files.readAllLines(folder.resolve("metrics.csv"));
        Path log = dir.resolve("overwrite.log");
        Process p = ChildJvm.start(log, "train", "--out", folder.toString(), "--overwrite", "--loss", "hinge",
                "--steps", "1000000", "--checkpoint-every", "1000000");
        try {
            await("the new run's rows", () -> Files.isDirectory(folder.resolve(".gan4j-replaced"))
                    && lines(folder.resolve("metrics.csv")) > 20, p, log);
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        Outcome o = GanCommandTest.run("train", "--resume", folder.toString(), "--steps", "40");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("is restored").contains("at step 30");
        assertThat(Files.readAllLines(folder.resolve("metrics.csv"))).hasSize(41).startsWith(oldRows.toArray(String[]::new));
        assertThat(folder.resolve(".gan4j-replaced")).doesNotExist();
    }

    @Test
    @DisplayName("--overwrite with another loss and regularizer starts from an empty folder: the header names the new "
            + "run's columns, and no old checkpoint, sample picture or event file stays")
    void overwriteStartsFromAnEmptyFolder() throws IOException {
        Path folder = trained("X", "--sample-every", "10");
        String oldHeader = Files.readAllLines(folder.resolve("metrics.csv")).get(0);
        Outcome o = GanCommandTest.run("train", "--out", folder.toString(), "--overwrite", "--loss", "wgan",
                "--regularizer", "gp", "--steps", "5", "--checkpoint-every", "5", "--batch-size", "16");
        assertThat(o.code()).as(o.err()).isZero();
        List<String> rows = Files.readAllLines(folder.resolve("metrics.csv"));
        assertThat(rows.get(0)).isNotEqualTo(oldHeader);
        int columns = rows.get(0).split(",").length;
        assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row.split(",")).hasSize(columns));
        try (var entries = Files.list(folder)) {
            assertThat(entries.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(".gan4j.lock",
                    "checkpoints", "curves.png", "metrics.csv", "report.html", "samples-000005.png", "summary.json",
                    "tensorboard");
        }
        try (var entries = Files.list(folder.resolve("checkpoints"))) {
            assertThat(entries.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("LATEST", "step-000000005");
        }
        try (var entries = Files.list(folder.resolve("tensorboard"))) {
            assertThat(entries.count()).isOne();
        }
    }

    @Test
    @DisplayName("a folder whose run stopped before its first checkpoint: a new run is refused with what works, and "
            + "with --overwrite the header fits every row")
    void runThatStoppedBeforeItsFirstCheckpoint() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("X"));
        Files.writeString(folder.resolve("metrics.csv"), "step,step_ms,d_loss,d_grad_norm,d_real,d_fake,d_penalty,g_loss,"
                + "g_grad_norm\n0,1.0,1,1,1,1,1,1,1\n");
        Map<String, String> before = RunFolders.fingerprint(folder);
        Outcome refused = GanCommandTest.run("train", "--out", folder.toString(), "--steps", "5");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--out " + folder + ": it holds the output of a run that stopped before its "
                + "first checkpoint (metrics.csv), which cannot be resumed; write elsewhere with --out DIR, or pass "
                + "--overwrite to replace it");
        assertThat(RunFolders.fingerprint(folder)).isEqualTo(before);

        Outcome o = GanCommandTest.run("train", "--out", folder.toString(), "--steps", "5", "--overwrite");
        assertThat(o.code()).as(o.err()).isZero();
        List<String> rows = Files.readAllLines(folder.resolve("metrics.csv"));
        assertThat(rows.get(0)).isEqualTo("step,step_ms,d_loss,d_grad_norm,d_real,d_fake,g_loss,g_grad_norm");
        assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row.split(",")).hasSize(8));
    }

    @Test
    @DisplayName("a folder holding files gan did not write is refused, with --overwrite too, and nothing in it changes")
    void foreignFilesAreNeverTouched() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("home"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Files.writeString(folder.resolve("metrics.csv"), "mine too");
        Map<String, String> before = RunFolders.fingerprint(folder);
        for (boolean overwrite : new boolean[] {false, true}) {
            List<String> args = new ArrayList<>(List.of("train", "--out", folder.toString(), "--steps", "5"));
            if (overwrite) {
                args.add("--overwrite");
            }
            Outcome o = GanCommandTest.run(args.toArray(String[]::new));
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err()).contains("it holds files that gan did not write (notes.txt)");
        }
        assertThat(RunFolders.fingerprint(folder)).isEqualTo(before);
    }

    @Test
    @DisplayName("a resumed run whose metrics.csv header belongs to another run stops before writing a row, naming both")
    void resumedRunChecksTheHeader() throws IOException {
        Path folder = trained("X");
        List<String> rows = new ArrayList<>(Files.readAllLines(folder.resolve("metrics.csv")));
        rows.set(0, rows.get(0).replace("g_loss", "g_loss_old"));
        Files.write(folder.resolve("metrics.csv"), rows);
        Outcome o = GanCommandTest.run("train", "--resume", folder.toString(), "--steps", "40");
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).contains("has the columns 'step,step_ms,d_loss,d_grad_norm,d_real,d_fake,g_loss_old,"
                + "g_grad_norm', but this run reports 'step,step_ms,d_loss,d_grad_norm,d_real,d_fake,g_loss,g_grad_norm'");
        assertThat(Files.readAllLines(folder.resolve("metrics.csv"))).isEqualTo(rows);
    }

    @Test
    @DisplayName("the same command twice: the second run goes to runs/<dataset>-seed<seed>-2 and says so")
    void takenDefaultFolderGetsANumberedSibling() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        for (int i = 1; i <= 2; i++) {
            Path log = dir.resolve("run-" + i + ".log");
            String output = ChildJvm.finish(ChildJvm.startIn(work, log, "train", "--steps", "20"), log, 180);
            assertThat(output).contains(i == 1 ? "wrote " + work.resolve("runs/ring8-seed1")
                    : "runs/ring8-seed1 holds another run; this one goes to runs/ring8-seed1-2");
        }
        assertThat(work.resolve("runs/ring8-seed1/summary.json")).exists();
        assertThat(work.resolve("runs/ring8-seed1-2/summary.json")).exists();
    }
}
