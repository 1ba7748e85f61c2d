package org.gan4j.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Writes a TensorBoard event file ({@code events.out.tfevents.<seconds>.<host>}) without TensorFlow: TFRecord
 * framing (length, masked CRC-32C of the length, the record, its masked CRC-32C) around {@code tensorflow.Event}
 * protocol buffers, encoded here field by field. The first event states {@code file_version = "brain.Event:2"};
 * then each {@link #scalar} is a {@code Summary.Value.simple_value} and each {@link #image} a PNG
 * {@code Summary.Image}. Events are flushed as written, so TensorBoard shows a run while it trains.
 */
public final class TensorBoardEvents implements AutoCloseable {
    private static final int MASK_DELTA = 0xa282ead8;
    private final OutputStream out;
    private final Path file;

    /**
     * @param folder where the event file goes; created if needed
     */
    public TensorBoardEvents(Path folder) {
        try {
            Files.createDirectories(folder);
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "localhost";
            }
            file = folder.resolve("events.out.tfevents." + System.currentTimeMillis() / 1000 + "." + host);
            out = Files.newOutputStream(file);
            ByteArrayOutputStream event = new ByteArrayOutputStream();
            writeDouble(event, 1, System.currentTimeMillis() / 1000.0);
            writeBytes(event, 3, "brain.Event:2".getBytes(StandardCharsets.UTF_8));
            record(event.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write TensorBoard events in " + folder, e);
        }
    }

    /** @return the event file */
    public Path file() {
        return file;
    }

    /**
     * @param step the x-axis value
     * @param tag the series' name, e.g. {@code loss/d}
     * @param value the y value
     */
    public void scalar(long step, String tag, double value) {
        ByteArrayOutputStream v = new ByteArrayOutputStream();
        writeBytes(v, 1, tag.getBytes(StandardCharsets.UTF_8));
        writeFloat(v, 2, (float) value);
        summaryEvent(step, v.toByteArray());
    }

    /**
     * @param step the step it shows
     * @param tag its name
     * @param width pixels
     * @param height pixels
     * @param png the encoded image
     */
    public void image(long step, String tag, int width, int height, byte[] png) {
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        writeVarintField(image, 1, height);
        writeVarintField(image, 2, width);
        writeVarintField(image, 3, 3); // RGB
        writeBytes(image, 4, png);
        ByteArrayOutputStream v = new ByteArrayOutputStream();
        writeBytes(v, 1, tag.getBytes(StandardCharsets.UTF_8));
        writeBytes(v, 4, image.toByteArray());
        summaryEvent(step, v.toByteArray());
    }

    private void summaryEvent(long step, byte[] value) {
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        writeBytes(summary, 1, value);
        ByteArrayOutputStream event = new ByteArrayOutputStream();
        writeDouble(event, 1, System.currentTimeMillis() / 1000.0);
        writeVarintField(event, 2, step);
        writeBytes(event, 5, summary.toByteArray());
        try {
            record(event.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    private void record(byte[] data) throws IOException {
        byte[] length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(data.length).array();
        out.write(length);
        out.write(maskedCrc(length));
        out.write(data);
        out.write(maskedCrc(data));
        out.flush();
    }

    /** TFRecord's checksum: CRC-32C rotated right by 15 bits plus a constant, little-endian. */
    static byte[] maskedCrc(byte[] data) {
        CRC32C crc = new CRC32C();
        crc.update(data);
        int c = (int) crc.getValue();
        int masked = ((c >>> 15) | (c << 17)) + MASK_DELTA;
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(masked).array();
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static void writeVarintField(ByteArrayOutputStream out, int field, long value) {
        writeVarint(out, (long) field << 3);
        writeVarint(out, value);
    }

    private static void writeBytes(ByteArrayOutputStream out, int field, byte[] bytes) {
        writeVarint(out, ((long) field << 3) | 2);
        writeVarint(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void writeDouble(ByteArrayOutputStream out, int field, double value) {
        writeVarint(out, ((long) field << 3) | 1);
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(value).array());
    }

    private static void writeFloat(ByteArrayOutputStream out, int field, float value) {
        writeVarint(out, ((long) field << 3) | 5);
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array());
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
