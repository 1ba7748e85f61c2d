package org.gan4j.core.data.folder;

import java.util.Locale;
import org.gan4j.api.GanException;
import org.gan4j.api.tensor.Shape;

/**
 * How every picture of a folder becomes one training image: {@code size} × {@code size} pixels of 1 (grey) or 3 (RGB)
 * unsigned bytes.
 *
 * <p>The conversion of a picture of w × h pixels, in order:
 * <ol>
 * <li>decoded by ImageIO: the JDK's readers (PNG, JPEG, BMP, GIF, TIFF, WBMP) and TwelveMonkeys' JPEG reader (CMYK,
 * progressive and slightly broken JPEGs); the first frame of an animated GIF; EXIF orientation is not applied;</li>
 * <li>the centred square of side min(w, h) is cut out (its offset rounded down to whole pixels: the middle 40 rows
 * of a 40 × 80 picture are rows 20 … 59), which is what scaling the shorter side to {@code size} and cropping the
 * centre gives, without scaling pixels that are then cut off;</li>
 * <li>drawn by Java2D onto an opaque 8-bit sRGB square filled with {@link #BACKGROUND_RGB}: grey, palette and 16-bit
 * pictures become 8-bit RGB (a grey value v becomes (v, v, v); Java2D scales 16-bit samples to 8 bits, 65535 →
 * 255), and a translucent pixel of colour c and alpha a is composited source-over on the sRGB values,
 * c · a/255 + background · (1 − a/255), each product rounded to a byte (within 1 of the closed form);</li>
 * <li>scaled to {@code size} × {@code size} by Thumbnailator's resizer for the ratio: bilinear for a reduction of at
 * most 2×, progressive bilinear (halving repeatedly, then bilinear) for more, bicubic for an enlargement, a copy
 * at the same size; never nearest neighbour;</li>
 * <li>with {@code channels} = 1, each pixel's grey is its ITU-R BT.601 luma in integers, (299 R + 587 G + 114 B +
 * 500) / 1000, so grey pictures keep their values.</li>
 * </ol>
 *
 * @param size the side of the square images, {@value #MIN_SIZE} … {@value #MAX_SIZE}
 * @param channels 1 (grey) or 3 (RGB)
 * @since 0.1
 */
public record ImageMode(int size, int channels) {
    /** The smallest side. */
    public static final int MIN_SIZE = 4;
    /** The largest side. */
    public static final int MAX_SIZE = 1024;
    /** What transparent pixels are composited on: opaque white, as 0xRRGGBB. */
    public static final int BACKGROUND_RGB = 0xFFFFFF;
    /** {@link #BACKGROUND_RGB} in words, for help texts. */
    public static final String BACKGROUND_NAME = "white";

    /** Checks the size and the channels. */
    public ImageMode {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new GanException("image size " + size + " is invalid; it must be an integer in [" + MIN_SIZE + ", "
                    + MAX_SIZE + "] (the side of the square images, in pixels).");
        }
        if (channels != 1 && channels != 3) {
            throw new GanException("channels = " + channels + " is invalid; it must be 1 (grey) or 3 (RGB).");
        }
    }

    /** @return one image's shape [size, size, channels] */
    public Shape imageShape() {
        return Shape.of(size, size, channels);
    }

    /** @return the bytes one image takes, size · size · channels */
    public int bytesPerImage() {
        return size * size * channels;
    }

    /** @return e.g. {@code 32 × 32 RGB} */
    public String describe() {
        return String.format(Locale.ROOT, "%d × %d %s", size, size, channels == 1 ? "grey" : "RGB");
    }
}
