package org.gan4j.core.data.folder;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small pictures for tests, written with ImageIO (or by hand, for a PNG header alone). */
final class Pictures {
    private Pictures() {
    }

    /** @return a w × h picture of one ARGB colour ({@code TYPE_INT_ARGB}, not premultiplied) */
    static BufferedImage solid(int w, int h, int argb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }

    /** @return an opaque RGB picture with horizontal bands of the colours, equally tall */
    static BufferedImage rows(int w, int h, int... rgbPerBand) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int band = h / rgbPerBand.length;
        for (int i = 0; i < rgbPerBand.length; i++) {
            g.setColor(new Color(rgbPerBand[i]));
            g.fillRect(0, i * band, w, i == rgbPerBand.length - 1 ? h - i * band : band);
        }
        g.dispose();
        return image;
    }

    /** @return a grey picture of one value, 8 or 16 bits */
    static BufferedImage grey(int w, int h, int value, boolean sixteenBits) {
        BufferedImage image = new BufferedImage(w, h, sixteenBits ? BufferedImage.TYPE_USHORT_GRAY
                : BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raster.setSample(x, y, 0, value);
            }
        }
        return image;
    }

    /** @return a 16-bit-per-sample RGB picture of one colour (samples 0 … 65535) */
    static BufferedImage rgb16(int w, int h, int r, int g, int b) {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raster.setPixel(x, y, new int[] {r, g, b});
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    /** @return a palette picture: the left half index 0, the right half index 1 */
    static BufferedImage palette(int w, int h, int rgb0, int rgb1) {
        IndexColorModel model = new IndexColorModel(8, 2, new byte[] {(byte) (rgb0 >> 16), (byte) (rgb1 >> 16)},
                new byte[] {(byte) (rgb0 >> 8), (byte) (rgb1 >> 8)}, new byte[] {(byte) rgb0, (byte) rgb1});
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        for (int y = 0; y < h; y++) {
            for (int x = w / 2; x < w; x++) {
                image.getRaster().setSample(x, y, 0, 1);
            }
        }
        return image;
    }

    /** @return the picture encoded in a format ImageIO writes ({@code png}, {@code jpg}, {@code bmp}, {@code gif}) */
    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer for image type " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the picture, making the folders. */
    static Path write(Path file, BufferedImage image, String format) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, encode(image, format));
    }

    /** Writes a small opaque PNG of one colour. */
    static Path png(Path file, int rgb) throws IOException {
        return write(file, solid(8, 8, 0xff000000 | rgb), "png");
    }

    /**
     * @return the signature and IHDR chunk (correct CRC) of a PNG of the given size, then an IDAT chunk whose data is
     *     not a zlib stream: its header is valid, its pixels can never be decoded
     */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 16);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", new byte[] {1, 2, 3, 4});
        return png.array();
    }

    private static void chunk(ByteBuffer png, String type, byte[] data) {
        png.putInt(data.length);
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        png.put(typeBytes).put(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.putInt((int) crc.getValue());
    }
}
