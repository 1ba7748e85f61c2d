package org.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdxFileTest {
    /** A header {@code 00 00 type rank} and the dimensions, then {@code data}. */
    private static byte[] idx(int type, int[] dims, int dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + dataBytes);
        b.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims.length);
        Arrays.stream(dims).forEach(b::putInt);
        for (int i = 0; i < dataBytes; i++) {
            b.put((byte) (i * 7));
        }
        return b.array();
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    @Test
    @DisplayName("a valid 10-image 3×2 file reads back its dimensions and unsigned bytes, plain and gzipped")
    void validFile(@TempDir Path dir) throws IOException {
        byte[] content = idx(0x08, new int[] {10, 3, 2}, 60);
        Path plain = Files.write(dir.resolve("images-idx3-ubyte"), content);
        Path gz = Files.write(dir.resolve("images-idx3-ubyte.gz"), gzip(content));
        for (Path file : new Path[] {plain, gz}) {
            IdxFile idx = IdxFile.read(file);
            assertThat(idx.dims()).containsExactly(10, 3, 2);
            assertThat(idx.unsigned(1)).isEqualTo(7);
            assertThat(idx.unsigned(40)).isEqualTo((40 * 7) & 0xff); // 280 wraps to 24
        }
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a corrupt IDX file fails naming the file, the field, what was expected and what was found; the file is untouched")
    @CsvSource(delimiter = '|', value = {
        "bad magic|the magic number's first two bytes should be 0x0000 but is 0x0102",
        "bad type|the element type (magic byte 3) should be 0x08 (unsigned byte) but is 0x0d",
        "zero dimensions|the number of dimensions (magic byte 4) should be 1 to 4 but is 0",
        "zero-size dimension|dimension 1 should be a size >= 1 but is 0",
        "too little data|should be 60 bytes for dimensions [10, 3, 2] but is 59 bytes (the file is truncated)",
        "too much data|more bytes (the file has trailing data or wrong dimensions)",
        "truncated header|the file should be a complete IDX header but is cut short",
        "truncated gzip|the file should be a complete IDX gzip stream but is cut short"})
    void corruptFiles(String kind, String message, @TempDir Path dir) throws IOException {
        byte[] good = idx(0x08, new int[] {10, 3, 2}, 60);
        byte[] bad = switch (kind) {
            case "bad magic" -> { byte[] b = good.clone(); b[0] = 1; b[1] = 2; yield b; }
            case "bad type" -> idx(0x0d, new int[] {10, 3, 2}, 60);
            case "zero dimensions" -> idx(0x08, new int[0], 0);
            case "zero-size dimension" -> idx(0x08, new int[] {10, 0, 2}, 0);
            case "too little data" -> Arrays.copyOf(good, good.length - 1);
            case "too much data" -> Arrays.copyOf(good, good.length + 3);
            case "truncated header" -> Arrays.copyOf(good, 9);
            case "truncated gzip" -> { byte[] z = gzip(good); yield Arrays.copyOf(z, z.length / 2); }
            default -> throw new IllegalArgumentException(kind);
        };
        Path file = Files.write(dir.resolve(kind.equals("truncated gzip") ? "data.gz" : "data"), bad);
        assertThatThrownBy(() -> IdxFile.read(file)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("data file " + file + " is not a valid IDX file: ")
                .hasMessageContaining(message)
                .as("the library says what is wrong; remedies of the command line (apt-get, --data) are the CLI's")
                .hasMessageNotContaining("apt-get");
        assertThat(Files.readAllBytes(file)).isEqualTo(bad);
    }
}
