package org.gan4j.core.data.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gan4j.core.data.ImageDataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** torchvision's ImageFolder convention: classes, labels, order. */
class FolderLayoutTest {
    private static final ImageMode GREY = new ImageMode(4, 1);

    @TempDir
    Path cache;

    @Test
    @DisplayName("classes are the subfolders in String order; pictures at any depth, ordered by relative path")
    void classFolders(@TempDir Path data) throws IOException {
        Pictures.png(data.resolve("zebra/z.png"), 0x0a0a0a);
        Pictures.png(data.resolve("Apple/b.PNG"), 0x141414);
        Pictures.png(data.resolve("Apple/sub/a.png"), 0x1e1e1e);
        Pictures.png(data.resolve("Apple/a.png"), 0x282828);
        Pictures.png(data.resolve("apple/x.jpeg"), 0x323232);
        FolderLayout layout = FolderScan.scan(data, FolderReadListener.NONE);
        assertThat(layout.classNames()).containsExactly("Apple", "apple", "zebra");
        assertThat(layout.pictures()).extracting(Picture::name).containsExactly("Apple/a.png", "Apple/b.PNG",
                "Apple/sub/a.png", "apple/x.jpeg", "zebra/z.png");
        ImageDataset images = ImageFolder.read(data, GREY, cache, FolderReadListener.NONE);
        assertThat(images.labels()).containsExactly(0, 0, 0, 1, 2);
        assertThat(images.pixels().get(16) & 0xff).as("second image: Apple/b.PNG, grey 20").isEqualTo(20);
        assertThat(images.pixels().get(32) & 0xff).as("third image: Apple/sub/a.png, grey 30").isEqualTo(30);
    }

    @Test
    @DisplayName("a flat folder is one class named after it; hidden folders are not classes")
    void flat(@TempDir Path parent) throws IOException {
        Path data = parent.resolve("my pictures");
        Pictures.png(data.resolve("b.png"), 0x000000);
        Pictures.png(data.resolve("a.gif"), 0xffffff);
        Files.createDirectories(data.resolve(".thumbnails"));
        RecordingListener listener = new RecordingListener();
        ImageDataset images = ImageFolder.read(data, GREY, cache, listener);
        assertThat(images.classNames()).containsExactly("my pictures");
        assertThat(images.labels()).containsExactly(0, 0);
        assertThat(images.pixels().get(0) & 0xff).isEqualTo(255);
        assertThat(listener.allNotes()).contains("that are not pictures").contains(": .thumbnails/.");
    }

    @Test
    @DisplayName("progress is reported after every picture, up to the total")
    void progress(@TempDir Path data) throws IOException {
        for (int i = 0; i < 7; i++) {
            Pictures.png(data.resolve("p" + i + ".png"), i);
        }
        RecordingListener listener = new RecordingListener();
        ImageFolder.read(data, GREY, cache, listener);
        assertThat(listener.decodedCalls).isEqualTo(7);
        assertThat(listener.lastDone).isEqualTo(7);
        assertThat(listener.lastTotal).isEqualTo(7);
    }
}
