package org.gan4j.core.data.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gan4j.core.data.DataFormatException;
import org.gan4j.core.data.DataNotFoundException;
import org.gan4j.core.data.ImageDataset;

/**
 * Reads a folder of pictures as labelled images, torchvision's {@code ImageFolder} convention: a folder with one
 * subfolder per class (classes are the subfolders' names in String order, labels their positions; pictures found at
 * any depth inside each), or a flat folder (one class named after it). Images come in class order, then in the order
 * of their paths relative to the folder (String order). Each picture is converted as {@link ImageMode} states, once:
 * the bytes go into a cache ({@link #defaultCacheRoot()}) that later reads of the unchanged folder map from disk.
 *
 * <p><b>Skipped</b>, with a warning to {@link FolderReadListener#skipped} naming the file and the reason, while the
 * rest is read: a file that does not decode (corrupt, truncated, not a picture despite its name), an empty file, a
 * picture over {@value #MAX_PICTURE_SIDE} pixels a side or {@value #MAX_PICTURE_PIXELS} pixels (refused
 * from its header), a file that cannot be read, a FIFO, socket or device (never opened), a broken link, a symbolic
 * link to the folder or above it, and a link loop (never followed). <b>Ignored</b>, counted in one note: files whose
 * names do not end in a picture's extension (README, LICENSE) and hidden names (starting with {@code .}, such as
 * {@code .DS_Store}); pictures at the top of a folder that has class folders (torchvision ignores them too).
 *
 * <p><b>Stops</b>, with a {@link DataNotFoundException} or {@link DataFormatException} naming the folder or file, what
 * is wrong and the remedy: the folder does not exist, is a file, or holds no pictures; a class folder holds no
 * pictures, or none that can be read; every picture is skipped; fewer than {@value #MIN_PICTURES} pictures; the
 * images would take more than {@value #MAX_BYTES} bytes (one byte buffer's limit); the cache folder is inside the
 * data folder.
 *
 * @since 0.1
 */
public final class ImageFolder {
    /** The fewest pictures a data set may have: one is no distribution to learn and leaves none to hold out. */
    public static final int MIN_PICTURES = 2;
    /** The most bytes all images may take: a byte buffer (memory-mapped or not) holds at most 2 GiB − 1 bytes. */
    public static final long MAX_BYTES = Integer.MAX_VALUE;
    /** The longest side of a picture that is read, in pixels; a longer one is skipped, judged by its header. */
    public static final int MAX_PICTURE_SIDE = 16_384;
    /** The most pixels of a picture that is read (40 megapixels, 160 MB decoded as 8-bit RGBA); more is skipped. */
    public static final long MAX_PICTURE_PIXELS = 40_000_000L;

    private ImageFolder() {
    }

    /**
     * @param folder the data folder
     * @param mode the images' size and channels
     * @param cacheRoot where decoded folders are kept, outside {@code folder} (e.g. {@link #defaultCacheRoot()})
     * @param listener told of skipped pictures, progress and notes, from this thread
     * @return every picture that can be read, its pixels memory-mapped from the cache
     * @throws DataNotFoundException when the folder does not exist or holds no pictures
     * @throws DataFormatException when the folder cannot be used as it is (see the class's list)
     * @throws org.gan4j.api.GanException when the cache cannot be written
     */
    public static ImageDataset read(Path folder, ImageMode mode, Path cacheRoot, FolderReadListener listener) {
        FolderLayout layout = FolderScan.scan(folder, listener);
        checkEnough(layout, layout.pictures().size(), "");
        checkFits(layout, mode);
        checkOutside(layout, cacheRoot);
        return new ImageCache(cacheRoot).read(layout, mode, listener);
    }

    /** @return {@code $XDG_CACHE_HOME/gan4j/images}, or {@code ~/.cache/gan4j/images} when that is unset */
    public static Path defaultCacheRoot() {
        return defaultCacheRoot(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
    }

    /** XDG's rule: a cache home that is unset, empty or relative is ignored. */
    static Path defaultCacheRoot(String xdgCacheHome, String home) {
        Path base = xdgCacheHome != null && !xdgCacheHome.isEmpty() && Path.of(xdgCacheHome).isAbsolute()
                ? Path.of(xdgCacheHome) : Path.of(home, ".cache");
        return base.resolve("gan4j").resolve("images");
    }

    static void checkEnough(FolderLayout layout, int pictures, String which) {
        if (pictures < MIN_PICTURES) {
            throw new DataFormatException("image folder " + layout.shown() + " has " + pictures + " picture"
                    + (pictures == 1 ? "" : "s") + (which.isEmpty() ? "" : " " + which) + "; at least " + MIN_PICTURES
                    + " are needed (one is no distribution to learn, and leaves none to hold out): add pictures.");
        }
    }

    private static void checkFits(FolderLayout layout, ImageMode mode) {
        long bytes = (long) layout.pictures().size() * mode.bytesPerImage();
        if (bytes > MAX_BYTES) {
            throw new DataFormatException(String.format(Locale.ROOT, "image folder %s has %,d pictures; as %s images"
                    + " (%,d bytes each) they take %,d bytes, more than the %,d bytes (2 GiB) one memory-mapped buffer"
                    + " holds; at this size at most %,d pictures fit: choose a smaller image size, 1 channel, or fewer"
                    + " pictures.", layout.shown(), layout.pictures().size(), mode.describe(), mode.bytesPerImage(),
                    bytes, MAX_BYTES, MAX_BYTES / mode.bytesPerImage()));
        }
    }

    private static void checkOutside(FolderLayout layout, Path cacheRoot) {
        Path cache = cacheRoot.toAbsolutePath().normalize();
        Path existing = cache;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            Path real = existing == null ? cache : existing.toRealPath().resolve(existing.relativize(cache));
            if (real.startsWith(layout.folder())) {
                throw new DataFormatException("the image cache " + PathText.show(cacheRoot) + " is inside the data"
                        + " folder " + layout.shown() + ", whose files it would change and be read as; choose a cache"
                        + " folder outside it.");
            }
        } catch (IOException e) {
            // The cache's parent cannot be resolved: writing the cache will fail and say why.
        }
    }
}
