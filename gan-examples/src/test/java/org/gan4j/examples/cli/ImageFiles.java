package org.gan4j.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a small IDX image set for CLI tests: 40 square images, 8 × 8 unless told (a bright quarter whose place
 * depends on the label).
 */
final class ImageFiles {
    static final int COUNT = 40;

    private ImageFiles() {
    }

    /**
     * @param dir the folder to write train-* and t10k-* files into
     * @return dir
     */
    static Path write(Path dir) throws IOException {
        return write(dir, 8);
    }

    /**
     * @param dir the folder to write train-* and t10k-* files into
     * @param size the images' height and width, even
     * @return dir
     */
    static Path write(Path dir, int size) throws IOException {
        int pixels = size * size;
        for (String split : new String[] {"train", "t10k"}) {
            ByteBuffer images = ByteBuffer.allocate(16 + COUNT * pixels);
            images.putInt(0x0803).putInt(COUNT).putInt(size).putInt(size);
            ByteBuffer labels = ByteBuffer.allocate(8 + COUNT);
            labels.putInt(0x0801).putInt(COUNT);
            for (int i = 0; i < COUNT; i++) {
                int label = i % 4;
                for (int p = 0; p < pixels; p++) {
                    int row = p / size;
                    int column = p % size;
                    boolean inSquare = row / (size / 2) == label / 2 && column / (size / 2) == label % 2;
                    images.put((byte) (inSquare ? 230 : 10));
                }
                labels.put((byte) label);
            }
            Files.write(dir.resolve(split + "-images-idx3-ubyte"), images.array());
            Files.write(dir.resolve(split + "-labels-idx1-ubyte"), labels.array());
        }
        return dir;
    }
}
