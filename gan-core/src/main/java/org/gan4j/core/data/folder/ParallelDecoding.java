package org.gan4j.core.data.folder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.gan4j.api.GanException;

/**
 * Decodes pictures on every available processor. The calling thread takes the results in the pictures' order, writes
 * each image's bytes after the previous one's in the pixels file (skipped pictures leave no gap) and tells the
 * listener, so warnings and progress come in the same order on every run. At most {@link #AHEAD} pictures per
 * thread are decoded ahead of the one awaited, which bounds the memory held.
 */
final class ParallelDecoding {
    private static final int AHEAD = 4;

    private ParallelDecoding() {
    }

    /**
     * @param pictures the pictures, in order
     * @param mode the images' size and channels
     * @param pixels where the bytes go, from position 0
     * @param listener told of each skip and of progress
     * @return which pictures were kept and which skipped
     * @throws IOException if the pixels file cannot be written
     */
    static DecodedPictures decode(List<Picture> pictures, ImageMode mode, FileChannel pixels,
            FolderReadListener listener) throws IOException {
        ImageIO.getImageReadersBySuffix("png"); // the first use makes ImageIO's registry: here, not in two threads
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pictures.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        List<Picture> kept = new ArrayList<>();
        List<DecodedPictures.Skip> skipped = new ArrayList<>();
        try {
            Deque<Future<Object>> pending = new ArrayDeque<>();
            int submitted = 0;
            for (int i = 0; i < pictures.size(); i++) {
                while (submitted < pictures.size() && pending.size() < threads * AHEAD) {
                    Picture next = pictures.get(submitted++);
                    pending.add(pool.submit(() -> decodeOne(next, mode)));
                }
                Object result = await(pending.removeFirst());
                Picture picture = pictures.get(i);
                if (result instanceof byte[] bytes) {
                    write(pixels, bytes, (long) kept.size() * mode.bytesPerImage());
                    kept.add(picture);
                } else {
                    skipped.add(new DecodedPictures.Skip(picture, (String) result));
                    listener.skipped(picture.file(), (String) result);
                }
                listener.decoded(i + 1, pictures.size());
            }
        } finally {
            pool.shutdownNow();
        }
        return new DecodedPictures(kept, skipped);
    }

    /** @return the image's bytes, or the reason it is skipped */
    private static Object decodeOne(Picture picture, ImageMode mode) {
        try {
            return PictureDecoder.decode(picture, mode);
        } catch (UnusablePicture e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return "cannot be converted: " + e;
        }
    }

    private static Object await(Future<Object> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GanException("decoding pictures was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void write(FileChannel pixels, byte[] bytes, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            pixels.write(buffer, position + buffer.position());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "gan4j-picture-decoder-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
