package org.gan4j.core.data.folder;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes one picture file with ImageIO into an image's bytes ({@link PictureConversion}), or says why it cannot:
 * an empty file, content no reader recognises, a header that cannot be read, a picture larger than
 * {@link ImageFolder#MAX_PICTURE_SIDE} a side or {@link ImageFolder#MAX_PICTURE_PIXELS} in all (refused from the
 * header, before decoding), data that does not decode, or a file that ends before its picture does (a reader's
 * warning of a "premature end", such as libjpeg's "Corrupt JPEG data: premature end of data segment"; the reader
 * would fill the rest with grey). Other warnings (such as extraneous bytes between JPEG markers) are accepted. The
 * file is read through a stream ({@code Files.newInputStream}), never by a {@code java.io.File}, so names that are
 * not valid UTF-8 are opened too. Each call uses its own reader, so calls may run in parallel.
 */
final class PictureDecoder {
    private static final int READ_BUFFER = 64 * 1024;

    private PictureDecoder() {
    }

    /**
     * @param picture the file
     * @param mode the images' size and channels
     * @return its image's bytes, size · size · channels
     * @throws UnusablePicture when it is skipped, with the reason
     */
    static byte[] decode(Picture picture, ImageMode mode) throws UnusablePicture {
        if (picture.bytes() == 0) {
            throw new UnusablePicture("an empty file (0 bytes)");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(picture.file()), READ_BUFFER);
                ImageInputStream stream = new MemoryCacheImageInputStream(in)) {
            return PictureConversion.toBytes(read(stream), mode);
        } catch (IOException e) {
            throw new UnusablePicture("cannot be read: " + IoText.reason(e));
        }
    }

    private static BufferedImage read(ImageInputStream stream) throws UnusablePicture, IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
        if (!readers.hasNext()) {
            throw new UnusablePicture("not a picture that can be read: no image reader (PNG, JPEG, BMP, GIF, TIFF)"
                    + " recognises its first bytes");
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try {
            reader.setInput(stream, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            checkSize(reader);
            BufferedImage image = decodeFirst(reader);
            for (String warning : warnings) {
                if (warning.toLowerCase(Locale.ROOT).contains("premature end")) {
                    throw new UnusablePicture("truncated: the file ends before its picture does (" + format(reader)
                            + " reader: " + warning + ")");
                }
            }
            return image;
        } finally {
            reader.dispose();
        }
    }

    private static void checkSize(ImageReader reader) throws UnusablePicture {
        int width;
        int height;
        try {
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw new UnusablePicture("its " + format(reader) + " header cannot be read: " + message(e));
        }
        if (width > ImageFolder.MAX_PICTURE_SIDE || height > ImageFolder.MAX_PICTURE_SIDE
                || (long) width * height > ImageFolder.MAX_PICTURE_PIXELS) {
            throw new UnusablePicture(String.format(Locale.ROOT, "too large: %,d × %,d pixels (%.1f megapixels);"
                    + " at most %,d pixels a side and %d megapixels are read, to keep decoding within memory; scale it"
                    + " down first", width, height, width * (double) height / 1e6, ImageFolder.MAX_PICTURE_SIDE,
                    ImageFolder.MAX_PICTURE_PIXELS / 1_000_000));
        }
    }

    private static BufferedImage decodeFirst(ImageReader reader) throws UnusablePicture {
        try {
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            // Readers throw more than IOException on broken data: IllegalArgumentException, array index errors, ...
            throw new UnusablePicture("its " + format(reader) + " data cannot be decoded: " + message(e));
        }
    }

    private static String format(ImageReader reader) {
        try {
            return reader.getFormatName().toUpperCase(Locale.ROOT);
        } catch (IOException e) {
            return "image";
        }
    }

    private static String message(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
