package org.gan4j.core.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small IDX image and label files for tests: image i has every pixel equal to 25·i, and label i % 10. */
final class IdxImages {
    private IdxImages() {
    }

    /**
     * @param dir the folder
     * @param split the file-name prefix, {@code train} or {@code t10k}
     * @param images how many 2 × 3 images
     * @param labels how many labels (normally {@code images})
     */
    static void write(Path dir, String split, int images, int labels) throws IOException {
        ByteBuffer img = ByteBuffer.allocate(16 + images * 6);
        img.putInt(0x0803).putInt(images).putInt(2).putInt(3);
        for (int i = 0; i < images; i++) {
            for (int p = 0; p < 6; p++) {
                img.put((byte) (25 * i));
            }
        }
        Files.write(dir.resolve(split + "-images-idx3-ubyte"), img.array());
        ByteBuffer lab = ByteBuffer.allocate(8 + labels);
        lab.putInt(0x0801).putInt(labels);
        for (int i = 0; i < labels; i++) {
            lab.put((byte) (i % 10));
        }
        Files.write(dir.resolve(split + "-labels-idx1-ubyte"), lab.array());
    }
}
