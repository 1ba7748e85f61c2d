package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure is one line with its cause, never a Java stack trace, and leaves existing files as they were
 * (issue 17, points 11 and 15): a folder or a file where a file or a folder belongs, a path that cannot be written,
 * a full disk, Java running out of memory, and a data folder that moved away from a run that {@code gan eval} scores.
 */
class FailureMessagesTest {
    @TempDir
    static Path shared;
    private static Path data;
    private static Path run;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainAnImageRun() throws IOException {
        data = ImageFiles.write(Files.createDirectories(shared.resolve("data")));
        run = shared.resolve("run");
        GanCommandTest.Outcome o = GanCommandTest.run("train", "--dataset", "fashion-mnist", "--data", data.toString(),
                "--steps", "2", "--batch-size", "8", "--generator", "dcgan:latent=8", "--out", run.toString());
        assertThat(o.code()).as(o.err()).isZero();
    }

    /** Runs gan in this JVM; expects the exit code, one line on standard error and no stack trace. */
    private static String oneLine(int code, String... args) {
        GanCommandTest.Outcome o = GanCommandTest.run(args);
        assertThat(o.code()).as(o.err()).isEqualTo(code);
        assertThat(o.err()).hasLineCount(1).doesNotContain("\tat ", "Exception");
        return o.err().strip();
    }

    @Test
    @DisplayName("gan sample --out naming a folder (it printed 22 lines of stack trace) is refused, naming a file to use; the folder is untouched")
    void sampleIntoAFolder() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        var before = RunFolders.fingerprint(dir);
        assertThat(oneLine(2, "sample", "--model", run.resolve("generator").toString(), "--out", dir.toString()))
                .isEqualTo("gan sample: --out = " + dir + " is invalid; it is a folder; name the PNG file to write, such as "
                        + dir.resolve("grid.png"));
        assertThat(RunFolders.fingerprint(dir)).isEqualTo(before);
    }

    @Test
    @DisplayName("gan sample --out in a folder that cannot be written says 'permission denied', naming the file and --out")
    void sampleIntoAReadOnlyFolder() throws IOException {
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root writes anyway; sysfs refuses new files even to root
        Path folder = Files.isWritable(readOnly) ? Path.of("/sys") : readOnly;
        assumeTrue(!Files.isWritable(readOnly) || Files.isDirectory(folder), "no folder here refuses writes");
        Path png = folder.resolve("gan4j-test-grid.png");
        assertThat(oneLine(1, "sample", "--model", run.resolve("generator").toString(), "--out", png.toString()))
                .startsWith("gan sample failed: cannot write " + png + ": ").endsWith(": permission denied (--out " + png + ")");
        assertThat(png).doesNotExist();
    }

    @Test
    @DisplayName("gan sample on a full disk keeps the reason, 'No space left on device', and the PNG already there")
    void sampleOnAFullDisk() throws IOException {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "Linux's /dev/full, a file whose writes fail as on a full disk");
        Path png = Files.write(dir.resolve("grid.png"), new byte[] {1, 2, 3});
        // the grid goes through a temporary file named after this process; make it a full disk
        Files.createSymbolicLink(dir.resolve(".grid.png.tmp-" + ProcessHandle.current().pid()), Path.of("/dev/full"));
        assertThat(oneLine(1, "sample", "--model", run.resolve("generator").toString(), "--out", png.toString()))
                .startsWith("gan sample failed: cannot write " + png + ": ").endsWith("No space left on device");
        assertThat(Files.readAllBytes(png)).containsExactly(1, 2, 3);
    }

    @Test
    @DisplayName("gan train --out naming a regular file (it printed only the path) says it is a file, given with --out; the file is untouched")
    void trainIntoAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThat(oneLine(2, "train", "--steps", "2", "--out", file.toString()))
                .isEqualTo("gan train: --out " + file + ": it is a file, not a folder; name a new or empty folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    @DisplayName("Java running out of memory (it printed a raw trace) is one line: the heap's size, GAN_JAVA_OPTS and the options that ask for less")
    void outOfMemory() throws Exception {
        Path big = Files.createDirectories(dir.resolve("big"));
        for (String split : List.of("train", "t10k")) { // 2,000 images of 100 × 100: 20 MB, more than a 16 MB heap
            Files.write(big.resolve(split + "-images-idx3-ubyte"), ByteBuffer.allocate(16 + 2000 * 100 * 100)
                    .putInt(0x0803).putInt(2000).putInt(100).putInt(100).array());
            Files.write(big.resolve(split + "-labels-idx1-ubyte"), ByteBuffer.allocate(8 + 2000).putInt(0x0801)
                    .putInt(2000).array());
        }
        ChildJvm.Ended o = ChildJvm.runIn(dir, List.of("-Xmx16m"), "train", "--dataset", "fashion-mnist", "--data",
                big.toString(), "--out", dir.resolve("run").toString());
        assertThat(o.code()).as(o.output()).isEqualTo(1);
        assertThat(o.output()).startsWith("gan train failed: Java ran out of memory (Java heap space); its heap may grow to ")
                .contains("Allow a larger heap with GAN_JAVA_OPTS=-Xmx<size>", "or ask for less with a smaller --batch-size")
                .doesNotContain("\tat ", "Exception in thread").hasLineCount(1);
    }

    @Test
    @DisplayName("gan eval of a run whose data folder moved names no option it lacks (--data, --resume): it says to put the data back")
    void evalAfterTheDataMoved() throws IOException {
        Path moved = shared.resolve("data-moved");
        Files.move(data, moved);
        try {
            assertThat(oneLine(2, "eval", "--run", run.toString(), "--samples", "20"))
                    .isEqualTo("gan eval: no IDX file train-images-idx3-ubyte[.gz] in " + data + "; gan eval reads the "
                            + "run's data from the folder it was trained on: put train-images-idx3-ubyte (or its .gz) back there")
                    .doesNotContain("--data", "--resume");
        } finally {
            Files.move(moved, data);
        }
    }
}
