package org.gan4j.core.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * An IDX file of unsigned bytes, as MNIST and Fashion-MNIST ship them (LeCun's format): a 4-byte magic number
 * {@code 0x00 0x00 0x08 n}, then n big-endian int32 dimensions, then exactly their product in bytes. Files ending
 * in {@code .gz} are decompressed as they are read. Every check names the file and the field:
 * magic, element type, number of dimensions, each dimension, and the data's length (too little or too much).
 *
 * @param file where it was read from
 * @param dims the dimensions, e.g. [60000, 28, 28]
 * @param data the elements in row-major order, unsigned (0..255) stored in Java bytes
 */
public record IdxFile(Path file, int[] dims, byte[] data) {
    private static final int UNSIGNED_BYTE = 0x08;
    private static final int MAX_DIMENSIONS = 4;

    /**
     * @param file an IDX file, optionally gzip-compressed
     * @return its content
     * @throws DataFormatException when it is corrupt, truncated or of another type
     */
    public static IdxFile read(Path file) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
                DataInputStream in = new DataInputStream(file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw)) {
            int zero = in.readUnsignedShort();
            if (zero != 0) {
                throw new DataFormatException(file, "the magic number's first two bytes", "0x0000", String.format("0x%04x", zero));
            }
            int type = in.readUnsignedByte();
            if (type != UNSIGNED_BYTE) {
                throw new DataFormatException(file, "the element type (magic byte 3)", "0x08 (unsigned byte)",
                        String.format("0x%02x", type));
            }
            int rank = in.readUnsignedByte();
            if (rank < 1 || rank > MAX_DIMENSIONS) {
                throw new DataFormatException(file, "the number of dimensions (magic byte 4)", "1 to " + MAX_DIMENSIONS,
                        Integer.toString(rank));
            }
            int[] dims = new int[rank];
            long size = 1;
            for (int i = 0; i < rank; i++) {
                dims[i] = in.readInt();
                if (dims[i] < 1) {
                    throw new DataFormatException(file, "dimension " + i, "a size >= 1", Integer.toString(dims[i]));
                }
                size *= dims[i];
                if (size > Integer.MAX_VALUE - 8) {
                    throw new DataFormatException(file, "the product of the dimensions " + Arrays.toString(dims),
                            "at most " + (Integer.MAX_VALUE - 8) + " bytes", "larger");
                }
            }
            byte[] data = new byte[(int) size];
            int read = in.readNBytes(data, 0, data.length);
            if (read < data.length) {
                throw new DataFormatException(file, "the data after the header", size + " bytes for dimensions "
                        + Arrays.toString(dims), read + " bytes (the file is truncated)");
            }
            if (in.read() != -1) {
                throw new DataFormatException(file, "the end of the data", "right after " + size + " bytes for dimensions "
                        + Arrays.toString(dims), "more bytes (the file has trailing data or wrong dimensions)");
            }
            return new IdxFile(file, dims, data);
        } catch (EOFException | ZipException e) {
            throw new DataFormatException(file, "the file", "a complete IDX " + (file.toString().endsWith(".gz")
                    ? "gzip stream" : "header"), "cut short or damaged (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * @param index a row-major index
     * @return that element, 0..255
     */
    public int unsigned(int index) {
        return data[index] & 0xff;
    }
}
