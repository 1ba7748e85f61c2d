package org.gan4j.core.data.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.gan4j.api.GanException;
import org.gan4j.core.data.ImageDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache: decoded once, mapped later, keyed by content and mode, written atomically, repaired when damaged. */
class ImageCacheTest {
    private static final ImageMode MODE = new ImageMode(4, 3);

    @TempDir
    Path data;
    @TempDir
    Path cache;

    @BeforeEach
    void twoClasses() throws IOException {
        Pictures.png(data.resolve("cats/a.png"), 0x010203);
        Pictures.png(data.resolve("cats/b.png"), 0x040506);
        Pictures.png(data.resolve("dogs/c.png"), 0x070809);
    }

    private ImageDataset read(RecordingListener listener) {
        return ImageFolder.read(data, MODE, cache, listener);
    }

    private static byte[] bytes(ImageDataset images) {
        byte[] all = new byte[images.pixels().capacity()];
        images.pixels().get(0, all);
        return all;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> all = Files.list(cache)) {
            return all.sorted().toList();
        }
    }

    private Path onlyEntry() throws IOException {
        assertThat(entries()).hasSize(1);
        return entries().get(0);
    }

    @Test
    @DisplayName("the second read maps the entry and decodes nothing; it has the same bytes, labels and classes")
    void secondReadIsMapped() throws IOException {
        RecordingListener cold = new RecordingListener();
        ImageDataset first = read(cold);
        assertThat(cold.decodedCalls).isEqualTo(3);
        assertThat(cold.lastDone).isEqualTo(3);
        RecordingListener warm = new RecordingListener();
        ImageDataset second = read(warm);
        assertThat(warm.decodedCalls).isZero();
        assertThat(second.pixels()).isInstanceOf(MappedByteBuffer.class);
        assertThat(second.pixels().isReadOnly()).isTrue();
        assertThat(bytes(second)).isEqualTo(bytes(first));
        assertThat(second.labels()).containsExactly(0, 0, 1);
        assertThat(second.classNames()).containsExactly("cats", "dogs");
        assertThat(bytes(second)).startsWith(1, 2, 3, 1, 2, 3);
        assertThat(warm.allNotes()).contains("read 3 pictures of " + data.toRealPath() + " (4 × 4 RGB) from the cache");
        Path entry = onlyEntry();
        assertThat(Files.readAllLines(entry.resolve(ImageCache.FILES))).containsExactly("cats/a.png", "cats/b.png",
                "dogs/c.png");
        assertThat(Files.readString(entry.resolve(ImageCache.HEADER))).contains("images=3", "size=4", "channels=3",
                "class.1=dogs");
        assertThat(Files.size(entry.resolve(ImageCache.PIXELS))).isEqualTo(3 * 4 * 4 * 3);
    }

    @Test
    @DisplayName("a file changed (same size, new time), added or removed gives a new entry, which replaces the old")
    void contentChanges() throws IOException {
        read(new RecordingListener());
        Path old = onlyEntry();
        Files.setLastModifiedTime(data.resolve("cats/a.png"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        RecordingListener touched = new RecordingListener();
        read(touched);
        assertThat(touched.decodedCalls).isEqualTo(3);
        Path afterTouch = onlyEntry();
        assertThat(afterTouch).isNotEqualTo(old);
        Pictures.png(data.resolve("dogs/d.png"), 0x0a0b0c);
        assertThat(read(new RecordingListener()).size()).isEqualTo(4);
        Path afterAdd = onlyEntry();
        assertThat(afterAdd).isNotEqualTo(afterTouch);
        Files.delete(data.resolve("cats/b.png"));
        ImageDataset removed = read(new RecordingListener());
        assertThat(removed.size()).isEqualTo(3);
        assertThat(removed.labels()).containsExactly(0, 1, 1);
        assertThat(onlyEntry()).isNotEqualTo(afterAdd);
    }

    @Test
    @DisplayName("another size or channels is another entry, and both stay")
    void otherModes() throws IOException {
        read(new RecordingListener());
        ImageDataset grey = ImageFolder.read(data, new ImageMode(5, 1), cache, new RecordingListener());
        assertThat(grey.imageShape().dims()).containsExactly(5, 5, 1);
        assertThat(entries()).hasSize(2);
        RecordingListener again = new RecordingListener();
        read(again);
        assertThat(again.decodedCalls).isZero();
    }

    @Test
    @DisplayName("a truncated pixels file is found by its size, reported and decoded again")
    void damagedEntry() throws IOException {
        byte[] expected = bytes(read(new RecordingListener()));
        Path entry = onlyEntry();
        try (FileChannel pixels = FileChannel.open(entry.resolve(ImageCache.PIXELS), StandardOpenOption.WRITE)) {
            pixels.truncate(100);
        }
        RecordingListener repair = new RecordingListener();
        ImageDataset repaired = read(repair);
        assertThat(repair.allNotes()).contains("the image cache entry " + entry + " is damaged (pixels.u8 has 100 bytes"
                + " where its header's 3 images of 48 bytes need 144); the folder is decoded again.");
        assertThat(repair.decodedCalls).isEqualTo(3);
        assertThat(bytes(repaired)).isEqualTo(expected);
        assertThat(Files.size(onlyEntry().resolve(ImageCache.PIXELS))).isEqualTo(144);
    }

    @Test
    @DisplayName("a half-written temporary folder is never read; a stale one (over a day old) is removed by the next write")
    void temporaryFolders() throws IOException {
        ImageDataset reference = ImageFolder.read(data, MODE, Files.createTempDirectory(cache.getParent(), "ref"),
                new RecordingListener());
        CacheKey key = CacheKey.of(FolderScan.scan(data, FolderReadListener.NONE), MODE);
        Path fresh = Files.createDirectories(cache.resolve(ImageCache.TEMP_PREFIX + key.entryName() + "-fresh"));
        Path stale = Files.createDirectories(cache.resolve(ImageCache.TEMP_PREFIX + key.entryName() + "-stale"));
        for (Path temp : List.of(fresh, stale)) {
            Files.writeString(temp.resolve(ImageCache.HEADER), "format=gan4j-image-cache\nformat.version=1\n");
            Files.write(temp.resolve(ImageCache.PIXELS), new byte[7]);
        }
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(ImageCache.STALE_TEMP).minusSeconds(60)));
        RecordingListener listener = new RecordingListener();
        ImageDataset images = read(listener);
        assertThat(listener.decodedCalls).isEqualTo(3);
        assertThat(bytes(images)).isEqualTo(bytes(reference));
        assertThat(entries()).containsExactly(fresh, cache.resolve(key.entryName()));
    }

    @Test
    @DisplayName("a second writer of the same entry finds it made by the first and uses it")
    void secondWriterUsesFirst() throws IOException {
        byte[] expected = bytes(read(new RecordingListener()));
        FolderLayout layout = FolderScan.scan(data, FolderReadListener.NONE);
        ImageCache imageCache = new ImageCache(cache);
        ImageDataset late = new CacheWriter(imageCache, CacheKey.of(layout, MODE), layout, MODE,
                new RecordingListener()).write();
        assertThat(bytes(late)).isEqualTo(expected);
        onlyEntry();
    }

    @Test
    @DisplayName("two readers filling the cache at once both get the images, and one entry is left")
    void concurrentWriters() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<byte[]> reader = () -> {
            start.await();
            return bytes(read(new RecordingListener()));
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> results = new ArrayList<>(List.of(two.submit(reader), two.submit(reader)));
            assertThat(results.get(0).get()).isEqualTo(results.get(1).get()).hasSize(144);
        } finally {
            two.shutdownNow();
        }
        onlyEntry();
    }

    @Test
    @DisplayName("pictures skipped when the entry was made are reported again on a cached read, as a count and names")
    void skippedRemembered() throws IOException {
        Files.createFile(data.resolve("dogs/empty.png"));
        Files.writeString(data.resolve("dogs/text.png"), "words");
        RecordingListener cold = new RecordingListener();
        read(cold);
        assertThat(cold.skipped).hasSize(2);
        RecordingListener warm = new RecordingListener();
        assertThat(read(warm).size()).isEqualTo(3);
        assertThat(warm.skipped).isEmpty();
        assertThat(warm.allNotes()).contains("left out 2 pictures of " + data.toRealPath() + " skipped when the cache"
                + " was made: dogs/empty.png (an empty file (0 bytes)), dogs/text.png (not a picture that"
                + " can be read: no image reader (PNG, JPEG, BMP, GIF, TIFF) recognises its first bytes); all are"
                + " listed in " + onlyEntry().resolve(ImageCache.SKIPPED) + ".");
    }

    @Test
    @DisplayName("the default root is $XDG_CACHE_HOME/gan4j/images, or ~/.cache/gan4j/images when unset or relative")
    void defaultRoot() {
        assertThat(ImageFolder.defaultCacheRoot("/var/cache/me", "/home/me"))
                .isEqualTo(Path.of("/var/cache/me/gan4j/images"));
        for (String unset : new String[] {null, "", "relative/cache"}) {
            assertThat(ImageFolder.defaultCacheRoot(unset, "/home/me"))
                    .isEqualTo(Path.of("/home/me/.cache/gan4j/images"));
        }
    }

    @Test
    @DisplayName("a cache folder that cannot be made stops the read, naming it, why, and the remedy")
    void unusableCache(@TempDir Path elsewhere) throws IOException {
        Path file = Files.writeString(elsewhere.resolve("cache"), "a file, not a folder");
        assertThatThrownBy(() -> ImageFolder.read(data, MODE, file, new RecordingListener()))
                .isInstanceOf(GanException.class).hasMessage("the image cache " + file + " cannot be used: a file of"
                        + " that name is in the way; choose a cache folder that can be written (XDG_CACHE_HOME moves the"
                        + " default one).");
        Path below = file.resolve("images");
        assertThatThrownBy(() -> ImageFolder.read(data, MODE, below, new RecordingListener()))
                .isInstanceOf(GanException.class).hasMessageStartingWith("the image cache " + below + " cannot be"
                        + " used: ");
    }

    @Test
    @DisplayName("the cache never writes into the data folder")
    void dataUntouched() throws IOException {
        Map<Path, String> before = FolderFingerprint.of(data);
        read(new RecordingListener());
        read(new RecordingListener());
        assertThat(FolderFingerprint.of(data)).isEqualTo(before);
    }
}
