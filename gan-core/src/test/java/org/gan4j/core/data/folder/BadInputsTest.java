package org.gan4j.core.data.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.gan4j.core.data.DataFormatException;
import org.gan4j.core.data.DataNotFoundException;
import org.gan4j.core.data.ImageDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad input built in a folder; the outcome (skipped with a warning naming the file and why, or stopped with a
 * message naming the folder, what is wrong and the remedy), and no file of the folder changed (SHA-256 of each).
 */
class BadInputsTest {
    private static final ImageMode MODE = new ImageMode(4, 3);

    @TempDir
    Path data;
    @TempDir
    Path cache;
    private final RecordingListener listener = new RecordingListener();
    private Map<Path, String> before;

    /** Two good pictures in class {@code good}; each test adds its bad input, then {@link #fingerprint()}. */
    @BeforeEach
    void goodPictures() throws IOException {
        Pictures.png(data.resolve("good/a.png"), 0x102030);
        Pictures.png(data.resolve("good/b.png"), 0x405060);
    }

    private void fingerprint() throws IOException {
        before = FolderFingerprint.of(data);
    }

    @AfterEach
    void nothingChanged() throws IOException {
        if (before != null) {
            assertThat(FolderFingerprint.of(data)).isEqualTo(before);
        }
    }

    private ImageDataset read() {
        return ImageFolder.read(data, MODE, cache, listener);
    }

    private static byte[] noisePicture(String format, int side) {
        BufferedImage noise = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        return Pictures.encode(noise, format);
    }

    @Nested
    @DisplayName("skipped with a warning, the rest read")
    class Skipped {
        @Test
        @DisplayName("a corrupt PNG (its compressed data overwritten)")
        void corruptPng() throws IOException {
            byte[] png = noisePicture("png", 32);
            Arrays.fill(png, 60, png.length - 20, (byte) 0x5a);
            Files.write(data.resolve("good/corrupt.png"), png);
            fingerprint();
            assertThat(read().size()).isEqualTo(2);
            assertThat(listener.skipped).singleElement().asString()
                    .startsWith("corrupt.png: its PNG data cannot be decoded: ");
        }

        @Test
        @DisplayName("a truncated JPEG (its first half)")
        void truncatedJpeg() throws IOException {
            byte[] jpeg = noisePicture("jpg", 64);
            Files.write(data.resolve("good/cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
            fingerprint();
            assertThat(read().size()).isEqualTo(2);
            assertThat(listener.skipped).singleElement().asString()
                    .startsWith("cut.jpg: truncated: the file ends before its picture does");
        }

        @Test
        @DisplayName("a zero-byte file")
        void zeroBytes() throws IOException {
            Files.createFile(data.resolve("good/empty.png"));
            fingerprint();
            assertThat(read().size()).isEqualTo(2);
            assertThat(listener.skipped).containsExactly("empty.png: an empty file (0 bytes)");
        }

        @Test
        @DisplayName("a text file named .png")
        void textNamedPng() throws IOException {
            Files.writeString(data.resolve("good/fake.png"), "this is not a picture\n");
            fingerprint();
            assertThat(read().size()).isEqualTo(2);
            assertThat(listener.skipped).containsExactly("fake.png: not a picture that can be read: no image reader"
                    + " (PNG, JPEG, BMP, GIF, TIFF) recognises its first bytes");
        }

        @Test
        @DisplayName("a picture far too large, judged by its header: 20,000 × 20,000, and 16,385 × 1 (one side)")
        void tooLarge() throws IOException {
            Files.write(data.resolve("good/huge.png"), Pictures.pngHeaderOnly(20_000, 20_000));
            Files.write(data.resolve("good/long.png"), Pictures.pngHeaderOnly(16_385, 1));
            fingerprint();
            assertThat(read().size()).isEqualTo(2);
            assertThat(listener.skipped).containsExactly(
                    "huge.png: too large: 20,000 × 20,000 pixels (400.0 megapixels); at most 16,384 pixels a side and"
                            + " 40 megapixels are read, to keep decoding within memory; scale it down first",
                    "long.png: too large: 16,385 × 1 pixels (0.0 megapixels); at most 16,384 pixels a side and 40"
                            + " megapixels are read, to keep decoding within memory; scale it down first");
        }

        @Test
        @DisplayName("a FIFO named .png is never opened (reading it would wait for ever)")
        void fifo() throws Exception {
            Path fifo = data.resolve("good/pipe.png");
            assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo works");
            fingerprint();
            assertThat(read().size()).isEqualTo(2);
            assertThat(listener.skipped).containsExactly(
                    "pipe.png: not a regular file (a FIFO, socket or device), so it is not opened");
        }

        @Test
        @DisplayName("a file that cannot be opened: mode 000, or as root a link to a write-only sysfs file")
        void unreadable() throws IOException {
            Path locked = Pictures.png(data.resolve("good/locked.png"), 0x123456);
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            if (Files.isReadable(locked)) { // root reads any file: use a file the kernel refuses to read to anyone
                Optional<Path> writeOnly = writeOnlySysfsFile();
                assumeTrue(writeOnly.isPresent(), "a write-only file in /sys");
                Files.delete(locked);
                Files.createSymbolicLink(locked, writeOnly.get());
            }
            fingerprint();
            assertThat(read().size()).isEqualTo(2);
            assertThat(listener.skipped).containsExactly("locked.png: cannot be read: permission denied");
        }

        @Test
        @DisplayName("a symbolic link loop: 'loop -> ..' to the data folder, and 'self -> .'")
        void linkLoops() throws IOException {
            Files.createSymbolicLink(data.resolve("good/loop"), Path.of(".."));
            Files.createSymbolicLink(data.resolve("good/self"), Path.of("."));
            fingerprint();
            assertThat(read().size()).isEqualTo(2);
            assertThat(listener.skipped).containsExactly("loop: a symbolic link to " + data.toRealPath()
                    + ", which is the data folder or holds it; it is not followed (that would read the folder"
                    + " again, without end)", "self: a symbolic link loop (it leads back to a folder that holds it); it is not"
                    + " followed");
        }

        @Test
        @DisplayName("a link to a file that does not exist")
        void brokenLink() throws IOException {
            Files.createSymbolicLink(data.resolve("good/gone.png"), Path.of("nowhere.png"));
            fingerprint();
            assertThat(read().size()).isEqualTo(2);
            assertThat(listener.skipped).containsExactly("gone.png: a symbolic link to a file that does not exist");
        }

        @Test
        @DisplayName("a name that is not valid UTF-8 (\\xff.png, \\xfe.png) is shown percent-escaped; a good one is read")
        void notUtf8() throws Exception {
            Path good = data.resolve("good");
            Files.writeString(good.resolve("junk.txt"), "not a picture");
            Process shell = new ProcessBuilder("bash", "-c", "cp a.png $'\\xfe.png' && mv junk.txt $'\\xff.png'")
                    .directory(good.toFile()).start();
            assumeTrue(shell.waitFor() == 0, "bash makes names of any bytes");
            fingerprint();
            ImageDataset images = read();
            assertThat(images.size()).isEqualTo(3);
            assertThat(listener.skipped).containsExactly("%FF.png: not a picture that can be read: no image reader"
                    + " (PNG, JPEG, BMP, GIF, TIFF) recognises its first bytes");
            try (Stream<Path> entries = Files.list(cache)) {
                Path entry = entries.filter(Files::isDirectory).findFirst().orElseThrow();
                // String order: Java reads byte 0xfe as U+FFFD, which sorts after the letters
                assertThat(Files.readAllLines(entry.resolve(ImageCache.FILES)))
                        .containsExactly("good/a.png", "good/b.png", "good/%FE.png");
                assertThat(Files.readAllLines(entry.resolve(ImageCache.SKIPPED))).singleElement().asString()
                        .startsWith("good/%FF.png\tnot a picture");
            }
        }

        private Optional<Path> writeOnlySysfsFile() throws IOException {
            Path sys = Path.of("/sys/class");
            if (!Files.isDirectory(sys)) {
                return Optional.empty();
            }
            try (Stream<Path> files = Files.find(sys, 3, (p, a) -> a.isRegularFile() && !p.toFile().canRead()
                    || a.isRegularFile() && isWriteOnly(p))) {
                return files.findFirst();
            }
        }

        private boolean isWriteOnly(Path file) {
            try {
                return PosixFilePermissions.toString(Files.getPosixFilePermissions(file)).equals("-w-------");
            } catch (IOException e) {
                return false;
            }
        }
    }

    @Nested
    @DisplayName("read as they are")
    class Accepted {
        @Test
        @DisplayName("a text file among the pictures, a README and .DS_Store are ignored and named in one note")
        void otherFiles() throws IOException {
            Files.writeString(data.resolve("good/notes.txt"), "notes");
            Files.writeString(data.resolve("README"), "about");
            Files.writeString(data.resolve(".DS_Store"), "mac");
            fingerprint();
            assertThat(read().size()).isEqualTo(2);
            assertThat(listener.skipped).isEmpty();
            assertThat(listener.allNotes()).contains("ignored 3 files and folders of " + data.toRealPath()
                    + " that are not pictures").contains(".DS_Store, README, good/notes.txt.");
        }

        @Test
        @DisplayName("mixed sizes and colour modes (grey, RGB, RGBA, palette, 16-bit grey and RGB; PNG, JPEG, BMP, GIF)")
        void mixed() throws IOException {
            Path mixed = data.resolve("mixed");
            Pictures.write(mixed.resolve("grey.png"), Pictures.grey(10, 20, 100, false), "png");
            Pictures.write(mixed.resolve("grey16.png"), Pictures.grey(33, 7, 65535, true), "png");
            Pictures.write(mixed.resolve("rgb16.png"), Pictures.rgb16(5, 9, 0, 65535, 0), "png");
            Pictures.write(mixed.resolve("rgba.png"), Pictures.solid(64, 64, 0x80ff0000), "png");
            Pictures.write(mixed.resolve("palette.png"), Pictures.palette(30, 30, 0x000000, 0xffffff), "png");
            Pictures.write(mixed.resolve("photo.JPG"), Pictures.rows(50, 30, 0x0000ff), "jpg");
            Pictures.write(mixed.resolve("bitmap.bmp"), Pictures.rows(7, 7, 0xff00ff), "bmp");
            Pictures.write(mixed.resolve("anim.gif"), Pictures.rows(9, 4, 0x00ffff), "gif");
            fingerprint();
            ImageDataset images = read();
            assertThat(listener.skipped).isEmpty();
            assertThat(images.classNames()).containsExactly("good", "mixed");
            assertThat(images.size()).isEqualTo(10);
            assertThat(images.imageShape().dims()).containsExactly(4, 4, 3);
            assertThat(images.label(2)).isEqualTo(1);
            // mixed/ in String order: anim.gif, bitmap.bmp, grey.png, grey16.png, palette.png, photo.JPG, ...
            int grey16 = 2 + 3;
            assertThat(images.pixels().get(grey16 * 48) & 0xff).isEqualTo(255);
        }
    }

    @Nested
    @DisplayName("stopped with a message")
    class Stopped {
        @Test
        @DisplayName("an empty class folder")
        void emptyClass() throws IOException {
            Files.createDirectories(data.resolve("nothing"));
            Files.writeString(data.resolve("nothing/README.md"), "empty");
            fingerprint();
            assertThatThrownBy(BadInputsTest.this::read).isInstanceOf(DataFormatException.class)
                    .hasMessage("class folder " + data.toRealPath().resolve("nothing") + " holds no pictures (files"
                            + " ending in .png, .jpg, .jpeg, .bmp, .gif, .tif, .tiff); add pictures to it or remove it"
                            + " (each subfolder of " + data.toRealPath() + " is one class).");
        }

        @Test
        @DisplayName("a folder with one picture")
        void onePicture() throws IOException {
            Files.delete(data.resolve("good/b.png"));
            fingerprint();
            assertThatThrownBy(BadInputsTest.this::read).isInstanceOf(DataFormatException.class)
                    .hasMessage("image folder " + data.toRealPath() + " has 1 picture; at least 2 are needed (one is no"
                            + " distribution to learn, and leaves none to hold out): add pictures.");
        }

        @Test
        @DisplayName("a folder that does not exist, and a file given as the folder")
        void notAFolder() throws IOException {
            fingerprint();
            Path missing = data.resolve("missing");
            assertThatThrownBy(() -> ImageFolder.read(missing, MODE, cache, listener))
                    .isInstanceOf(DataNotFoundException.class).hasMessage("image folder " + missing + " does not exist;"
                            + " give a folder of pictures (one subfolder per class, or the pictures themselves).");
            Path file = data.resolve("good/a.png");
            assertThatThrownBy(() -> ImageFolder.read(file, MODE, cache, listener))
                    .isInstanceOf(DataFormatException.class).hasMessage(file + " is a file, not a folder of pictures;"
                            + " give the folder that holds the pictures (one subfolder per class, or the pictures"
                            + " themselves).");
        }

        @Test
        @DisplayName("a folder with no pictures at all")
        void noPictures() throws IOException {
            Path docs = Files.createDirectories(data.resolve("docs"));
            Files.writeString(docs.resolve("README"), "about");
            Files.writeString(docs.resolve("LICENSE"), "MIT");
            assertThatThrownBy(() -> ImageFolder.read(docs, MODE, cache, listener))
                    .isInstanceOf(DataNotFoundException.class).hasMessage("image folder " + docs.toRealPath()
                            + " holds no pictures (files ending in .png, .jpg, .jpeg, .bmp, .gif, .tif, .tiff); it holds"
                            + " 2 other files: LICENSE, README; give a folder of pictures, flat or with one subfolder"
                            + " per class.");
        }

        @Test
        @DisplayName("every picture skipped")
        void allSkipped() throws IOException {
            Files.writeString(data.resolve("good/a.png"), "text");
            Files.writeString(data.resolve("good/b.png"), "text");
            fingerprint();
            assertThatThrownBy(BadInputsTest.this::read).isInstanceOf(DataFormatException.class)
                    .hasMessageStartingWith("none of the 2 pictures of " + data.toRealPath() + " can be read; each was"
                            + " skipped (the warnings name each and why; the first: good/a.png: not a picture")
                    .hasMessageEndingWith("): replace them with pictures that open in an image viewer.");
            assertThat(listener.skipped).hasSize(2);
            try (Stream<Path> left = Files.list(cache)) {
                assertThat(left).as("no cache entry, no temporary folder").isEmpty();
            }
        }

        @Test
        @DisplayName("a class whose every picture is skipped")
        void classAllSkipped() throws IOException {
            Files.createDirectories(data.resolve("broken"));
            Files.createFile(data.resolve("broken/x.png"));
            fingerprint();
            assertThatThrownBy(BadInputsTest.this::read).isInstanceOf(DataFormatException.class)
                    .hasMessage("class broken of " + data.toRealPath() + " has no picture that can be read; each was"
                            + " skipped (the warnings name each and why): replace them with pictures that open in an"
                            + " image viewer, or remove the class folder.");
        }

        @Test
        @DisplayName("more than 2 GiB of pixels: 683 pictures at 1024 × 1024 RGB (at most 682 fit), before decoding")
        void tooManyBytes() throws IOException {
            for (int i = 0; i < 681; i++) {
                Files.createFile(data.resolve("good/" + i + ".png"));
            }
            fingerprint();
            assertThatThrownBy(() -> ImageFolder.read(data, new ImageMode(1024, 3), cache, listener))
                    .isInstanceOf(DataFormatException.class).hasMessage("image folder " + data.toRealPath() + " has"
                            + " 683 pictures; as 1024 × 1024 RGB images (3,145,728 bytes each) they take 2,148,532,224"
                            + " bytes, more than the 2,147,483,647 bytes (2 GiB) one memory-mapped buffer holds; at this"
                            + " size at most 682 pictures fit: choose a smaller image size, 1 channel, or fewer"
                            + " pictures.");
            assertThat(listener.decodedCalls).isZero();
        }

        @Test
        @DisplayName("a cache folder inside the data folder")
        void cacheInside() throws IOException {
            fingerprint();
            Path inside = data.resolve("good/.cache/images");
            assertThatThrownBy(() -> ImageFolder.read(data, MODE, inside, listener))
                    .isInstanceOf(DataFormatException.class).hasMessage("the image cache " + inside + " is inside the"
                            + " data folder " + data.toRealPath() + ", whose files it would change and be read as;"
                            + " choose a cache folder outside it.");
        }
    }

    @Test
    @DisplayName("pictures at the top of a folder with class folders are left out, named in a note")
    void loosePictures() throws IOException {
        Pictures.png(data.resolve("stray.png"), 0xffffff);
        fingerprint();
        assertThat(read().size()).isEqualTo(2);
        assertThat(listener.allNotes()).contains("left out 1 picture at the top of " + data.toRealPath() + ", outside"
                + " its 1 class folder: stray.png; move pictures into a class folder to use them.");
    }
}
