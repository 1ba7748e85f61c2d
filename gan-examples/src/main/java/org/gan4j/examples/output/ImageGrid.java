package org.gan4j.examples.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.gan4j.api.GanException;
import org.gan4j.api.tensor.HostTensor;

/**
 * Tiles a batch of images [n, h, w, c] (c = 1 grey or 3 RGB, values in [−1, 1]) into one PNG, ⌈√n⌉ per row with a
 * 1-pixel black border. A value v becomes the byte round((clip(v, −1, 1) + 1)·127.5), so the PNG's pixels are a
 * pure function of the tensor and equal tensors give identical files.
 */
public final class ImageGrid {
    private ImageGrid() {
    }

    /**
     * @param images [n, h, w, c] in [−1, 1]
     * @return the grid image
     */
    public static BufferedImage render(HostTensor images) {
        long[] d = images.shape().dims();
        if (d.length != 4 || (d[3] != 1 && d[3] != 3)) {
            throw new GanException("an image grid needs images [n, h, w, 1 or 3], got " + images.shape());
        }
        int n = (int) d[0];
        int h = (int) d[1];
        int w = (int) d[2];
        int c = (int) d[3];
        int columns = (int) Math.ceil(Math.sqrt(n));
        int rows = (n + columns - 1) / columns;
        BufferedImage grid = new BufferedImage(columns * (w + 1) + 1, rows * (h + 1) + 1, BufferedImage.TYPE_INT_RGB);
        float[] v = images.toFloatArray();
        for (int k = 0; k < n; k++) {
            int x0 = 1 + (k % columns) * (w + 1);
            int y0 = 1 + (k / columns) * (h + 1);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int at = ((k * h + y) * w + x) * c;
                    int r = toByte(v[at]);
                    int rgb = c == 1 ? (r << 16) | (r << 8) | r : (r << 16) | (toByte(v[at + 1]) << 8) | toByte(v[at + 2]);
                    grid.setRGB(x0 + x, y0 + y, rgb);
                }
            }
        }
        return grid;
    }

    /**
     * @param value a pixel value in [−1, 1] (clipped otherwise)
     * @return 0..255
     */
    static int toByte(float value) {
        double clipped = Math.max(-1, Math.min(1, value));
        return (int) Math.round((clipped + 1) * 127.5);
    }

    /**
     * Writes the grid through a temporary file in the same folder, renamed over {@code file} once complete: a failed
     * write (a full disk, say) leaves an earlier file of that name as it was. Unlike {@code ImageIO.write} to a file,
     * it neither deletes the target first nor prints a stack trace when the file cannot be opened.
     *
     * @param file the PNG to write
     * @param images [n, h, w, c] in [−1, 1]
     * @throws IOException naming {@code file}, with the reason as the cause, if it cannot be written
     */
    public static void write(Path file, HostTensor images) throws IOException {
        BufferedImage grid = render(images);
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            try (OutputStream out = Files.newOutputStream(temporary);
                    ImageOutputStream png = new MemoryCacheImageOutputStream(out)) {
                if (!ImageIO.write(grid, "png", png)) {
                    throw new IOException("no PNG writer available");
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            IOException failure = new IOException("cannot write " + file, e);
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }
}
