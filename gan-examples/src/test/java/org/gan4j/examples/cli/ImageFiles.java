package org.gan4j.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small IDX image set for CLI tests: 40 images 8 × 8 (a bright square whose place depends on the label). */
final class ImageFiles {
    static final int COUNT = 40;

    private ImageFiles() {
    }

    /**
     * @param dir the folder to write train-* and t10k-* files into
     * @return dir
     */
    static Path write(Path dir) throws IOException {
        for (String split : new String[] {"train", "t10k"}) {
            ByteBuffer images = ByteBuffer.allocate(16 + COUNT * 64);
            images.putInt(0x0803).putInt(COUNT).putInt(8).putInt(8);
            ByteBuffer labels = ByteBuffer.allocate(8 + COUNT);
            labels.putInt(0x0801).putInt(COUNT);
            for (int i = 0; i < COUNT; i++) {
                int label = i % 4;
                for (int p = 0; p < 64; p++) {
                    int row = p / 8;
                    int column = p % 8;
                    boolean inSquare = row / 4 == label / 2 && column / 4 == label % 2;
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
