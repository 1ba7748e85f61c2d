package org.gan4j.core.data.folder;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import net.coobird.thumbnailator.resizers.DefaultResizerFactory;

/**
 * A decoded picture as one image's bytes: centre square cut out and composited on the background, resized, copied
 * to bytes (the steps and their formulas are in {@link ImageMode}).
 */
final class PictureConversion {
    private PictureConversion() {
    }

    /**
     * @param picture any BufferedImage ImageIO returns (grey, RGB, RGBA, palette, 16 bits)
     * @param mode the size and channels
     * @return size · size · channels bytes, row-major, channels last
     */
    static byte[] toBytes(BufferedImage picture, ImageMode mode) {
        BufferedImage square = centreSquare(picture);
        BufferedImage resized = new BufferedImage(mode.size(), mode.size(), BufferedImage.TYPE_INT_RGB);
        Dimension from = new Dimension(square.getWidth(), square.getHeight());
        Dimension to = new Dimension(mode.size(), mode.size());
        DefaultResizerFactory.getInstance().getResizer(from, to).resize(square, resized);
        return copy(((DataBufferInt) resized.getRaster().getDataBuffer()).getData(), mode.channels());
    }

    /** @return the centred square of side min(w, h), opaque 8-bit RGB, on the background */
    private static BufferedImage centreSquare(BufferedImage picture) {
        int side = Math.min(picture.getWidth(), picture.getHeight());
        BufferedImage square = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = square.createGraphics();
        try {
            g.setColor(new Color(ImageMode.BACKGROUND_RGB));
            g.fillRect(0, 0, side, side);
            g.setComposite(AlphaComposite.SrcOver);
            g.drawImage(picture, -((picture.getWidth() - side) / 2), -((picture.getHeight() - side) / 2), null);
        } finally {
            g.dispose();
        }
        return square;
    }

    private static byte[] copy(int[] rgb, int channels) {
        byte[] bytes = new byte[rgb.length * channels];
        if (channels == 3) {
            for (int i = 0, o = 0; i < rgb.length; i++, o += 3) {
                bytes[o] = (byte) (rgb[i] >> 16);
                bytes[o + 1] = (byte) (rgb[i] >> 8);
                bytes[o + 2] = (byte) rgb[i];
            }
        } else {
            for (int i = 0; i < rgb.length; i++) {
                int r = (rgb[i] >> 16) & 0xff;
                int g = (rgb[i] >> 8) & 0xff;
                int b = rgb[i] & 0xff;
                bytes[i] = (byte) ((299 * r + 587 * g + 114 * b + 500) / 1000);
            }
        }
        return bytes;
    }
}
