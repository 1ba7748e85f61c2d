package org.gan4j.core.data.folder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gan4j.api.GanException;
import org.gan4j.core.checkpoint.DurableFiles;
import org.gan4j.core.data.ImageDataset;

/** Decodes a folder into a new cache entry (see {@link ImageCache} for the files and the renaming). */
final class CacheWriter {
    private final ImageCache cache;
    private final CacheKey key;
    private final FolderLayout layout;
    private final ImageMode mode;
    private final FolderReadListener listener;

    CacheWriter(ImageCache cache, CacheKey key, FolderLayout layout, ImageMode mode, FolderReadListener listener) {
        this.cache = cache;
        this.key = key;
        this.layout = layout;
        this.mode = mode;
        this.listener = listener;
    }

    /**
     * @return the images, memory-mapped from the new entry
     * @throws IOException when the cache cannot be written
     */
    ImageDataset write() throws IOException {
        Files.createDirectories(cache.root());
        Path entry = cache.root().resolve(key.entryName());
        Path temp = cache.root().resolve(ImageCache.TEMP_PREFIX + key.entryName() + "-" + UUID.randomUUID());
        Files.createDirectory(temp);
        try {
            listener.note("decoding " + layout.pictures().size() + " pictures of " + layout.shown() + " to "
                    + mode.describe() + " into the cache " + PathText.show(entry) + ".");
            DecodedPictures decoded = decodeInto(temp.resolve(ImageCache.PIXELS));
            decoded.check(layout);
            writeLists(temp, decoded);
            DurableFiles.syncFolder(temp);
            commit(temp, entry);
            removeOthersOfGroup(entry);
        } finally {
            ImageCache.deleteQuietly(temp);
        }
        try {
            return CacheEntry.open(entry, layout, mode);
        } catch (DamagedEntry e) {
            throw new GanException("the image cache entry " + PathText.show(entry) + " is damaged right after it was"
                    + " written (" + e.getMessage() + "); check the disk that holds " + PathText.show(cache.root())
                    + ", or choose another cache folder.");
        }
    }

    private DecodedPictures decodeInto(Path pixels) throws IOException {
        try (FileChannel channel = FileChannel.open(pixels, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            DecodedPictures decoded = ParallelDecoding.decode(layout.pictures(), mode, channel, listener);
            channel.force(true);
            return decoded;
        }
    }

    private void writeLists(Path temp, DecodedPictures decoded) throws IOException {
        int[] labels = decoded.labels();
        ByteBuffer labelBytes = ByteBuffer.allocate(4 * labels.length);
        labelBytes.asIntBuffer().put(labels);
        DurableFiles.write(temp.resolve(ImageCache.LABELS), labelBytes.array());
        StringBuilder files = new StringBuilder();
        decoded.kept().forEach(p -> files.append(p.name()).append('\n'));
        DurableFiles.write(temp.resolve(ImageCache.FILES), files.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder skipped = new StringBuilder();
        decoded.skipped().forEach(s -> skipped.append(s.picture().name()).append('\t')
                .append(s.reason().replace('\t', ' ').replace('\n', ' ')).append('\n'));
        DurableFiles.write(temp.resolve(ImageCache.SKIPPED), skipped.toString().getBytes(StandardCharsets.UTF_8));
        CacheHeader header = new CacheHeader(layout.shown(), mode.size(), mode.channels(), labels.length,
                decoded.skipped().size(), layout.classNames());
        DurableFiles.write(temp.resolve(ImageCache.HEADER), header.toText().getBytes(StandardCharsets.UTF_8));
    }

    /** Renames the finished folder into place; if another process put the same entry there first, uses that one. */
    private void commit(Path temp, Path entry) throws IOException {
        try {
            Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(entry)) {
                throw e;
            }
        }
        DurableFiles.syncFolder(cache.root());
    }

    private void removeOthersOfGroup(Path entry) throws IOException {
        Instant stale = Instant.now().minus(ImageCache.STALE_TEMP);
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(cache.root())) {
            stream.forEach(others::add);
        }
        for (Path other : others) {
            String name = other.getFileName().toString();
            if (name.startsWith(key.group() + "-") && !other.equals(entry)) {
                cache.discard(other);
            } else if (name.startsWith(ImageCache.TEMP_PREFIX + key.group()) && olderThan(other, stale)) {
                ImageCache.deleteQuietly(other);
            }
        }
    }

    private static boolean olderThan(Path path, Instant when) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(when);
        } catch (IOException e) {
            return false; // gone already
        }
    }
}
