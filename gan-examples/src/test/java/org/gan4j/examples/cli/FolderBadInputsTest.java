package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad image folders through {@code gan train}: what stops the run is one line on stderr with exit code 2, naming the
 * folder and the remedy, before the run folder exists; what is skipped is a warning naming the file, and the run
 * trains on the rest. No file of the data folder changes. (Each case of the reader itself: BadInputsTest in gan-core.)
 */
class FolderBadInputsTest {
    @TempDir
    Path dir;

    private static void picture(Path file, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private GanCommandTest.Outcome train(Path data) {
        return GanCommandTest.run("train", "--data", data.toString(), "--image-size", "8", "--steps", "1",
                "--batch-size", "4", "--out", dir.resolve("run").toString());
    }

    private void stops(Path data, String message) throws IOException {
        Map<String, String> before = Files.exists(data) ? RunFolders.fingerprint(data) : Map.of();
        GanCommandTest.Outcome o = train(data);
        assertThat(o.code()).as(o.err() + o.out()).isEqualTo(2);
        assertThat(o.err()).contains(message).doesNotContain("IDX").doesNotContain("Reinstall")
                .doesNotContain("Exception").hasLineCount(1 + (int) o.err().lines().filter(l -> l.startsWith("INFO ")).count());
        assertThat(dir.resolve("run")).doesNotExist();
        if (Files.exists(data)) {
            assertThat(RunFolders.fingerprint(data)).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("a folder that does not exist, one without pictures, one with one picture, an empty class folder: exit 2, one line, nothing written")
    void stopping() throws IOException {
        stops(dir.resolve("absent"), "gan train: image folder " + dir.resolve("absent") + " does not exist; give a "
                + "folder of pictures");
        Path text = Files.createDirectories(dir.resolve("text"));
        Files.writeString(text.resolve("notes.txt"), "no pictures here");
        stops(text, "image folder " + text + " holds no pictures");
        Path one = dir.resolve("one");
        picture(one.resolve("a.png"), 0xff0000);
        stops(one, "image folder " + one + " has 1 picture; at least 2 are needed");
        Path emptyClass = dir.resolve("classes");
        picture(emptyClass.resolve("red/a.png"), 0xff0000);
        picture(emptyClass.resolve("red/b.png"), 0xff0000);
        Files.createDirectories(emptyClass.resolve("nothing"));
        stops(emptyClass, "class folder " + emptyClass.resolve("nothing") + " holds no pictures");
    }

    @Test
    @DisplayName("a corrupt PNG and a zero-byte file among good pictures: a warning naming each, and the run trains on the rest")
    void skipping() throws IOException, InterruptedException {
        Path data = dir.resolve("mixed");
        for (int i = 0; i < 6; i++) {
            picture(data.resolve("p" + i + ".png"), 0x00ff00 + i);
        }
        Files.write(data.resolve("corrupt.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.write(data.resolve("empty.png"), new byte[0]);
        Map<String, String> before = RunFolders.fingerprint(data);
        // in a JVM of its own, whose standard error holds what the libraries log
        String output = ChildJvm.run(dir, "train", "--data", data.toString(), "--image-size", "8", "--steps", "1",
                "--batch-size", "4", "--out", dir.resolve("run").toString());
        assertThat(output).contains("WARN skipped " + data.resolve("corrupt.png") + ": ")
                .contains("WARN skipped " + data.resolve("empty.png") + ": an empty file (0 bytes)")
                .contains("mixed seed 1: 1 steps");
        assertThat(RunFolders.fingerprint(data)).isEqualTo(before);
    }
}
