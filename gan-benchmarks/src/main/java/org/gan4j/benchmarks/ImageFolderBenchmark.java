package org.gan4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gan4j.core.checkpoint.DurableFiles;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.data.folder.FolderReadListener;
import org.gan4j.core.data.folder.ImageFolder;
import org.gan4j.core.data.folder.ImageMode;

/**
 * Reading an image folder through a cache that starts empty: the cold read (list, decode every picture on all
 * processors, write the cache entry, map it), then a warm read of the unchanged folder (list, key, map; nothing
 * decoded). The targets for the 3,786 emoji (64 × 64 RGBA PNG) on 2 cores: cold under 15 s, warm under 1 s.
 * The warm read runs in the same JVM, so it leaves out the JVM's start (a cached {@code gan train} pays that too).
 * The cache is a fresh temporary folder, deleted at the end. Arguments: {@code FOLDER [size] [channels]}, default
 * 32 and 3, e.g. {@code run.sh ImageFolderBenchmark datasets/emoji 32 3}.
 */
public final class ImageFolderBenchmark {
    private ImageFolderBenchmark() {
    }

    /** @param args the folder, the size and the channels */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ImageFolderBenchmark FOLDER [size] [channels]   (default 32 3)");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        ImageMode mode = new ImageMode(args.length > 1 ? Integer.parseInt(args[1]) : 32,
                args.length > 2 ? Integer.parseInt(args[2]) : 3);
        Path cache = Files.createTempDirectory("gan4j-image-cache-");
        try {
            System.out.printf(Locale.ROOT, "image folder %s as %s, %d cores, empty cache %s%n", folder,
                    mode.describe(), Runtime.getRuntime().availableProcessors(), cache);
            System.out.println("| read | pictures | seconds |");
            System.out.println("|---|---|---|");
            time("cold (decode and cache)", folder, mode, cache);
            time("warm (cached, mapped)", folder, mode, cache);
        } finally {
            DurableFiles.deleteTree(cache);
        }
    }

    private static void time(String which, Path folder, ImageMode mode, Path cache) {
        SkipCounter skips = new SkipCounter();
        long start = System.nanoTime();
        ImageDataset images = ImageFolder.read(folder, mode, cache, skips);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "| %s | %d in %d classes%s | %.3f |%n", which, images.size(), images.classes(),
                skips.count == 0 ? "" : ", " + skips.count + " skipped", seconds);
    }

    /** Counts skipped pictures; the table says how many. */
    private static final class SkipCounter implements FolderReadListener {
        private int count;

        @Override
        public void skipped(Path file, String reason) {
            count++;
        }
    }
}
