package org.gan4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.proto.Event;

/** The file is read back with TensorFlow's own generated {@code Event} class, not with code of ours. */
class TensorBoardEventsTest {
    @Test
    @DisplayName("the event file parses with TensorFlow's Event proto: version, scalars by step and tag, a PNG image; checksums hold")
    void parsesWithTensorFlowsProto(@TempDir Path dir) throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        Path file;
        try (TensorBoardEvents events = new TensorBoardEvents(dir)) {
            events.scalar(0, "loss/d", 1.25);
            events.scalar(7, "loss/g", -0.5);
            events.image(7, "samples", 29, 30, png);
            file = events.file();
        }
        assertThat(file.getFileName().toString()).startsWith("events.out.tfevents.");
        List<Event> read = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            while (in.available() > 0) {
                byte[] length = in.readNBytes(8);
                byte[] lengthCrc = in.readNBytes(4);
                assertThat(lengthCrc).isEqualTo(TensorBoardEvents.maskedCrc(length));
                byte[] data = in.readNBytes((int) ByteBuffer.wrap(length).order(ByteOrder.LITTLE_ENDIAN).getLong());
                assertThat(in.readNBytes(4)).isEqualTo(TensorBoardEvents.maskedCrc(data));
                read.add(Event.parseFrom(data));
            }
        }
        assertThat(read).hasSize(4);
        assertThat(read.get(0).getFileVersion()).isEqualTo("brain.Event:2");
        assertThat(read.get(1).getStep()).isZero();
        assertThat(read.get(1).getSummary().getValue(0).getTag()).isEqualTo("loss/d");
        assertThat(read.get(1).getSummary().getValue(0).getSimpleValue()).isEqualTo(1.25f);
        assertThat(read.get(2).getStep()).isEqualTo(7);
        assertThat(read.get(2).getSummary().getValue(0).getSimpleValue()).isEqualTo(-0.5f);
        var image = read.get(3).getSummary().getValue(0).getImage();
        assertThat(image.getWidth()).isEqualTo(29);
        assertThat(image.getHeight()).isEqualTo(30);
        assertThat(image.getEncodedImageString().toByteArray()).isEqualTo(png);
        // CRC-32C of "123456789" is 0xE3069283 (RFC 3720's check value); masked: rotate right 15, add 0xa282ead8
        int crc = 0xE3069283;
        int masked = ((crc >>> 15) | (crc << 17)) + 0xa282ead8;
        assertThat(TensorBoardEvents.maskedCrc("123456789".getBytes())).isEqualTo(
                ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(masked).array());
    }
}
