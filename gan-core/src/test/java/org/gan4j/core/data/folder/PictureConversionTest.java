package org.gan4j.core.data.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pixel values against hand computation: compositing, resizing, cropping, grey, palette and 16-bit pictures. */
class PictureConversionTest {
    private static final ImageMode RGB_4 = new ImageMode(4, 3);

    private static int at(byte[] image, int size, int channels, int row, int column, int channel) {
        return image[(row * size + column) * channels + channel] & 0xff;
    }

    private static byte[] decodeFile(Path file, ImageMode mode) throws Exception {
        return PictureDecoder.decode(new Picture(file, file.getFileName().toString(), 0, Files.size(file), 0), mode);
    }

    @Test
    @DisplayName("RGBA (200, 100, 0) with alpha 128 over white is c·128/255 + 255·127/255 per channel: (227, 177, 127)")
    void alphaOverWhite() {
        byte[] image = PictureConversion.toBytes(Pictures.solid(2, 2, 0x80c86400), RGB_4);
        double[] expected = {200 * 128 / 255.0 + 127, 100 * 128 / 255.0 + 127, 127}; // 227.4, 177.2, 127.0
        for (int p = 0; p < 16; p++) {
            for (int c = 0; c < 3; c++) {
                assertThat((double) (image[p * 3 + c] & 0xff)).isCloseTo(expected[c], org.assertj.core.data.Offset
                        .offset(1.0));
            }
        }
    }

    @Test
    @DisplayName("a fully transparent picture is the white background; an opaque one keeps its colour")
    void transparentAndOpaque() {
        byte[] clear = PictureConversion.toBytes(Pictures.solid(8, 8, 0x00123456), RGB_4);
        byte[] opaque = PictureConversion.toBytes(Pictures.solid(8, 8, 0xff123456), RGB_4);
        for (int p = 0; p < 16; p++) {
            assertThat(new int[] {clear[3 * p] & 0xff, clear[3 * p + 1] & 0xff, clear[3 * p + 2] & 0xff})
                    .containsExactly(255, 255, 255);
            assertThat(new int[] {opaque[3 * p] & 0xff, opaque[3 * p + 1] & 0xff, opaque[3 * p + 2] & 0xff})
                    .containsExactly(0x12, 0x34, 0x56);
        }
    }

    @Test
    @DisplayName("64 × 64, left half black and right half white, resized to 32: 0 and 255 away from the middle edge")
    void halvesStayBlackAndWhite() {
        BufferedImage halves = Pictures.solid(64, 64, 0xffffffff);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 32; x++) {
                halves.setRGB(x, y, 0xff000000);
            }
        }
        byte[] image = PictureConversion.toBytes(halves, new ImageMode(32, 1));
        for (int row = 0; row < 32; row++) {
            for (int column = 0; column < 32; column++) {
                int value = at(image, 32, 1, row, column, 0);
                if (column <= 13) {
                    assertThat(value).as("row %d column %d", row, column).isZero();
                } else if (column >= 18) {
                    assertThat(value).as("row %d column %d", row, column).isEqualTo(255);
                }
            }
        }
    }

    @Test
    @DisplayName("a 40 × 80 picture (red, green, blue bands of 20, 40, 20 rows) keeps its green middle; 80 × 40 too")
    void centreCrop() {
        BufferedImage tall = Pictures.rows(40, 80, 0xff0000, 0x00ff00, 0x00ff00, 0x0000ff);
        BufferedImage wide = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 80; x++) {
                wide.setRGB(x, y, tall.getRGB(y, x));
            }
        }
        for (BufferedImage picture : new BufferedImage[] {tall, wide}) {
            for (int size : new int[] {40, 20, 8}) {
                byte[] image = PictureConversion.toBytes(picture, new ImageMode(size, 3));
                for (int p = 0; p < size * size; p++) {
                    assertThat(new int[] {image[3 * p] & 0xff, image[3 * p + 1] & 0xff, image[3 * p + 2] & 0xff})
                            .as("size %d pixel %d", size, p).containsExactly(0, 255, 0);
                }
            }
        }
    }

    @Test
    @DisplayName("grey is BT.601 luma (299 R + 587 G + 114 B + 500) / 1000: red 76, green 150, blue 29; grey 77 stays 77")
    void luma() {
        ImageMode grey = new ImageMode(4, 1);
        assertThat(PictureConversion.toBytes(Pictures.solid(4, 4, 0xffff0000), grey)[0] & 0xff).isEqualTo(76);
        assertThat(PictureConversion.toBytes(Pictures.solid(4, 4, 0xff00ff00), grey)[0] & 0xff).isEqualTo(150);
        assertThat(PictureConversion.toBytes(Pictures.solid(4, 4, 0xff0000ff), grey)[0] & 0xff).isEqualTo(29);
        assertThat(PictureConversion.toBytes(Pictures.grey(4, 4, 77, false), grey)[5] & 0xff).isEqualTo(77);
        byte[] rgb = PictureConversion.toBytes(Pictures.grey(4, 4, 77, false), RGB_4);
        assertThat(new int[] {rgb[0] & 0xff, rgb[1] & 0xff, rgb[2] & 0xff}).containsExactly(77, 77, 77);
    }

    @Test
    @DisplayName("a 16-bit grey PNG of 65535 gives 255 and of 0 gives 0; a 16-bit RGB PNG (65535, 0, 32896) gives (255, 0, 128)")
    void sixteenBits(@TempDir Path dir) throws Exception {
        Path white = Pictures.write(dir.resolve("white16.png"), Pictures.grey(6, 6, 65535, true), "png");
        Path black = Pictures.write(dir.resolve("black16.png"), Pictures.grey(6, 6, 0, true), "png");
        Path colour = Pictures.write(dir.resolve("rgb16.png"), Pictures.rgb16(6, 6, 65535, 0, 32896), "png");
        assertThat(decodeFile(white, new ImageMode(4, 1))).containsOnly((byte) 255);
        assertThat(decodeFile(black, new ImageMode(4, 3))).containsOnly((byte) 0);
        byte[] rgb = decodeFile(colour, RGB_4);
        assertThat(new int[] {rgb[0] & 0xff, rgb[1] & 0xff, rgb[2] & 0xff}).containsExactly(255, 0, 128);
    }

    @Test
    @DisplayName("a palette PNG gives its palette's colours: left (10, 20, 30), right (200, 150, 100)")
    void palette(@TempDir Path dir) throws Exception {
        Path file = Pictures.write(dir.resolve("palette.png"), Pictures.palette(16, 16, 0x0a141e, 0xc89664), "png");
        byte[] image = decodeFile(file, new ImageMode(8, 3));
        for (int row = 0; row < 8; row++) {
            assertThat(new int[] {at(image, 8, 3, row, 1, 0), at(image, 8, 3, row, 1, 1), at(image, 8, 3, row, 1, 2)})
                    .containsExactly(10, 20, 30);
            assertThat(new int[] {at(image, 8, 3, row, 6, 0), at(image, 8, 3, row, 6, 1), at(image, 8, 3, row, 6, 2)})
                    .containsExactly(200, 150, 100);
        }
    }

    @Test
    @DisplayName("JPEG, BMP and GIF files decode to their colour (JPEG within its loss)")
    void otherFormats(@TempDir Path dir) throws Exception {
        BufferedImage teal = Pictures.rows(12, 12, 0x208080);
        for (String format : new String[] {"jpg", "bmp", "gif"}) {
            Path file = Pictures.write(dir.resolve("teal." + format), teal, format);
            byte[] image = decodeFile(file, RGB_4);
            int tolerance = format.equals("jpg") ? 4 : 0;
            assertThat(image[0] & 0xff).as(format).isBetween(0x20 - tolerance, 0x20 + tolerance);
            assertThat(image[1] & 0xff).as(format).isBetween(0x80 - tolerance, 0x80 + tolerance);
        }
    }

    @Test
    @DisplayName("a small picture is enlarged (bicubic): one colour stays that colour")
    void enlarged() throws IOException {
        byte[] image = PictureConversion.toBytes(Pictures.solid(3, 5, 0xff336699), new ImageMode(16, 3));
        for (int p = 0; p < 256; p++) {
            assertThat(new int[] {image[3 * p] & 0xff, image[3 * p + 1] & 0xff, image[3 * p + 2] & 0xff})
                    .containsExactly(0x33, 0x66, 0x99);
        }
    }
}
