package org.gan4j.core.data.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.gan4j.api.GanException;
import org.gan4j.core.checkpoint.DurableFiles;
import org.gan4j.core.data.ImageDataset;

/**
 * Decoded folders kept on disk, so a folder is decoded once per content and mode and later reads map the bytes.
 *
 * <p>Each entry is a folder named by its {@link CacheKey}, {@code group-content}, holding {@value #HEADER}
 * ({@link CacheHeader}: shape, counts, classes), {@value #PIXELS} (the images' bytes, [n, size, size, channels]),
 * {@value #LABELS} (each image's class, big-endian int32), {@value #FILES} (each image's path relative to the folder,
 * one a line) and {@value #SKIPPED} ({@code name<TAB>reason} of each picture skipped, so a cached read reports
 * them too). An entry is written in a temporary sibling named {@value #TEMP_PREFIX}… and renamed into place in one
 * step, so a half-written entry is never read; when two processes write the same entry, the second rename fails, and
 * that process uses the first's entry (same content). After a write, the group's other entries (older contents of the
 * same folder and mode) are removed, and so are its temporary folders older than {@link #STALE_TEMP} (left by a
 * process that was killed). An entry whose files do not fit its header is reported and written again.
 */
final class ImageCache {
    /** The format and decoder version: raise it when decoding or the entry's files change, so old entries go unused. */
    static final int FORMAT_VERSION = 1;
    static final String HEADER = "header.properties";
    static final String PIXELS = "pixels.u8";
    static final String LABELS = "labels.i32";
    static final String FILES = "files.txt";
    static final String SKIPPED = "skipped.txt";
    static final String TEMP_PREFIX = ".tmp-";
    /** How old a temporary folder must be before a writer of its group removes it as abandoned. */
    static final Duration STALE_TEMP = Duration.ofDays(1);

    private final Path root;

    /** @param root the folder that holds the entries (made when first written) */
    ImageCache(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * @param layout the folder's pictures
     * @param mode the size and channels
     * @param listener told of the cache used, damage found, pictures skipped, progress
     * @return the images, memory-mapped from the entry
     */
    ImageDataset read(FolderLayout layout, ImageMode mode, FolderReadListener listener) {
        CacheKey key = CacheKey.of(layout, mode);
        Path entry = root.resolve(key.entryName());
        try {
            if (Files.isDirectory(entry)) {
                try {
                    ImageDataset cached = CacheEntry.open(entry, layout, mode);
                    listener.note("read " + cached.size() + " pictures of " + layout.shown() + " (" + mode.describe()
                            + ") from the cache " + PathText.show(entry) + "; nothing changed since they were"
                            + " decoded.");
                    remindSkipped(entry, layout, listener);
                    return cached;
                } catch (DamagedEntry e) {
                    listener.note("the image cache entry " + PathText.show(entry) + " is damaged (" + e.getMessage()
                            + "); the folder is decoded again.");
                    discard(entry);
                }
            }
            return new CacheWriter(this, key, layout, mode, listener).write();
        } catch (IOException e) {
            throw new GanException("the image cache " + PathText.show(root) + " cannot be used: " + IoText.reason(e)
                    + "; choose a cache folder that can be written (XDG_CACHE_HOME moves the default one).", e);
        }
    }

    Path root() {
        return root;
    }

    private static void remindSkipped(Path entry, FolderLayout layout, FolderReadListener listener) throws IOException {
        List<String> skipped = CacheEntry.skipped(entry);
        if (skipped.isEmpty()) {
            return;
        }
        NameList names = new NameList();
        skipped.forEach(line -> names.add(line.replace("\t", " (") + ")"));
        listener.note("left out " + NameList.count(skipped.size(), "picture") + " of " + layout.shown()
                + " skipped when the cache was made: " + names.text() + "; all are listed in "
                + PathText.show(entry.resolve(SKIPPED)) + ".");
    }

    /** Renames an entry out of the way (one step, so no reader sees it half-deleted), then deletes it. */
    void discard(Path entry) {
        Path away = root.resolve(TEMP_PREFIX + entry.getFileName() + "-discarded-" + UUID.randomUUID());
        try {
            Files.move(entry, away, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return; // another process discarded it
        } catch (IOException e) {
            throw new GanException("the image cache entry " + PathText.show(entry) + " cannot be removed: "
                    + IoText.reason(e) + "; delete it by hand.", e);
        }
        deleteQuietly(away);
    }

    static void deleteQuietly(Path folder) {
        try {
            DurableFiles.deleteTree(folder);
        } catch (IOException e) {
            // Best effort: what is left is never read (a temporary name) and is removed by a later write once stale.
        }
    }
}
