package org.gan4j.core.data.folder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.gan4j.core.data.ImageDataset;

/**
 * Opens a finished cache entry: checks that its files fit its header (sizes, labels, classes) and maps the pixels
 * read-only, so nothing is decoded or copied.
 */
final class CacheEntry {
    private CacheEntry() {
    }

    /**
     * @param entry the entry's folder
     * @param layout the folder it was made from
     * @param mode the size and channels wanted
     * @return the images, their pixels memory-mapped
     * @throws DamagedEntry when a file is missing or does not fit the header
     * @throws IOException when a file cannot be read
     */
    static ImageDataset open(Path entry, FolderLayout layout, ImageMode mode) throws DamagedEntry, IOException {
        CacheHeader header = header(entry);
        if (header.size() != mode.size() || header.channels() != mode.channels()
                || !header.classNames().equals(layout.classNames())) {
            throw new DamagedEntry("its header is for " + header.size() + " × " + header.size() + " × "
                    + header.channels() + " images of classes " + header.classNames() + ", not " + mode.describe()
                    + " of " + layout.classNames());
        }
        long pixelBytes = (long) header.images() * mode.bytesPerImage();
        Path pixels = entry.resolve(ImageCache.PIXELS);
        long found = size(pixels);
        if (found != pixelBytes) {
            throw new DamagedEntry(ImageCache.PIXELS + " has " + found + " bytes where its header's " + header.images()
                    + " images of " + mode.bytesPerImage() + " bytes need " + pixelBytes);
        }
        int[] labels = labels(entry.resolve(ImageCache.LABELS), header);
        MappedByteBuffer mapped;
        try (FileChannel channel = FileChannel.open(pixels, StandardOpenOption.READ)) {
            mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, pixelBytes);
        }
        return new ImageDataset(layout.shown(), mode.imageShape(), mapped, labels, header.classNames());
    }

    /**
     * @param entry the entry's folder
     * @return the pictures skipped when it was made, one {@code name<TAB>reason} line each
     * @throws IOException when the list cannot be read
     */
    static List<String> skipped(Path entry) throws IOException {
        return Files.readAllLines(entry.resolve(ImageCache.SKIPPED));
    }

    static CacheHeader header(Path entry) throws DamagedEntry, IOException {
        try {
            return CacheHeader.parse(Files.readString(entry.resolve(ImageCache.HEADER)));
        } catch (NoSuchFileException e) {
            throw new DamagedEntry("it has no " + ImageCache.HEADER);
        } catch (CharacterCodingException | IllegalArgumentException e) {
            throw new DamagedEntry(e.getMessage() == null ? ImageCache.HEADER + " is not text" : e.getMessage());
        }
    }

    private static int[] labels(Path file, CacheHeader header) throws DamagedEntry, IOException {
        long found = size(file);
        if (found != 4L * header.images()) {
            throw new DamagedEntry(ImageCache.LABELS + " has " + found + " bytes where its header's " + header.images()
                    + " images need " + 4L * header.images());
        }
        int[] labels = new int[header.images()];
        ByteBuffer.wrap(Files.readAllBytes(file)).asIntBuffer().get(labels);
        for (int label : labels) {
            if (label < 0 || label >= header.classNames().size()) {
                throw new DamagedEntry(ImageCache.LABELS + " holds label " + label + " of " + header.classNames().size()
                        + " classes");
            }
        }
        return labels;
    }

    private static long size(Path file) throws DamagedEntry, IOException {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new DamagedEntry("it has no " + file.getFileName());
        }
    }
}
