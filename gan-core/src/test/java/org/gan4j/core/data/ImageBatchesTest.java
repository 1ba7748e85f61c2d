package org.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageBatchesTest {
    /** Image i's pixels are all 25·i, so a batch's first pixel of each image names the image: (25·i)/127.5 − 1. */
    private static List<Integer> imagesOf(Batch batch) {
        return imagesOf(batch.samples());
    }

    private static List<Integer> imagesOf(HostTensor batch) {
        float[] v = batch.toFloatArray();
        List<Integer> ids = new ArrayList<>();
        for (int k = 0; k < batch.shape().size(0); k++) {
            ids.add(Math.round((v[k * 6] + 1) * 127.5f / 25));
        }
        return ids;
    }

    @Test
    @DisplayName("pixels 0..255 become [−1, 1]: 25·i ↦ 25·i/127.5 − 1, in NHWC [batch, 2, 3, 1]")
    void scaling(@TempDir Path dir) throws IOException {
        IdxImages.write(dir, "train", 10, 10);
        ImageDataset data = ImageDataset.load(dir, "train");
        assertThat(data.size()).isEqualTo(10);
        assertThat(data.imageShape()).isEqualTo(Shape.of(2, 3, 1));
        assertThat(data.classes()).isEqualTo(10);
        Batch whole = new ImageBatches(data, 4, 1).batch(0);
        HostTensor batch = whole.samples();
        assertThat(batch.shape()).isEqualTo(Shape.of(4, 2, 3, 1));
        HostTensor labels = whole.parts().get(Batch.LABELS);
        assertThat(labels.shape()).isEqualTo(Shape.of(4, 10));
        for (int k = 0; k < 4; k++) {
            int image = imagesOf(batch).get(k);
            assertThat(batch.toFloatArray()[k * 6 + 5]).isEqualTo(25 * image / 127.5f - 1f);
            float[] row = java.util.Arrays.copyOfRange(labels.toFloatArray(), k * 10, k * 10 + 10);
            float[] oneHot = new float[10];
            oneHot[image % 10] = 1; // IdxImages labels image i with i % 10
            assertThat(row).as("image " + image + "'s label, one-hot").containsExactly(oneHot);
        }
        float[] first = new float[6];
        data.copyScaled(0, first, 0);
        assertThat(first).containsOnly(-1f);
    }

    @Test
    @DisplayName("each epoch is a permutation of all images, epochs differ, and a batch crossing an epoch's end spans both")
    void epochsArePermutations(@TempDir Path dir) throws IOException {
        IdxImages.write(dir, "train", 10, 10);
        ImageBatches batches = new ImageBatches(ImageDataset.load(dir, "train"), 4, 7);
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // 20 positions: two epochs of 10; batch 2 holds positions 8..11
            seen.addAll(imagesOf(batches.batch(i)));
        }
        assertThat(seen.subList(0, 10)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(seen.subList(10, 20)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(seen.subList(10, 20)).isNotEqualTo(seen.subList(0, 10));
    }

    @Test
    @DisplayName("batch i is a function of (data, batch size, seed, i): asked again, out of order or prefetched, it is the same")
    void batchesAreAddressable(@TempDir Path dir) throws IOException {
        IdxImages.write(dir, "train", 10, 10);
        ImageDataset data = ImageDataset.load(dir, "train");
        ImageBatches direct = new ImageBatches(data, 3, 5);
        List<List<Integer>> inOrder = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            inOrder.add(imagesOf(direct.batch(i)));
        }
        ImageBatches fresh = new ImageBatches(data, 3, 5);
        assertThat(imagesOf(fresh.batch(6))).isEqualTo(inOrder.get(6));
        assertThat(imagesOf(fresh.batch(1))).isEqualTo(inOrder.get(1));
        try (PrefetchedBatches prefetched = new PrefetchedBatches(new ImageBatches(data, 3, 5))) {
            for (int i : new int[] {0, 1, 2, 3, 7, 4, 5}) {
                assertThat(imagesOf(prefetched.batch(i))).as("batch " + i).isEqualTo(inOrder.get(i));
            }
        }
        assertThat(imagesOf(new ImageBatches(data, 3, 6).batch(0))).as("another seed").isNotEqualTo(inOrder.get(0));
    }

    @Test
    @DisplayName("a label file that does not match the images is refused, naming the file and both counts")
    void labelsMustMatch(@TempDir Path dir) throws IOException {
        IdxImages.write(dir, "train", 10, 9);
        assertThatThrownBy(() -> ImageDataset.load(dir, "train")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("train-labels-idx1-ubyte").hasMessageContaining("should be [10]")
                .hasMessageContaining("but is [9]");
    }

    @Test
    @DisplayName("a missing file is a DataNotFoundException naming the folder and the file, without command-line advice")
    void missingFiles(@TempDir Path dir) {
        assertThatThrownBy(() -> ImageDataset.load(dir, "train")).isInstanceOf(DataNotFoundException.class)
                .hasMessage("no IDX file train-images-idx3-ubyte[.gz] in " + dir)
                .satisfies(e -> assertThat(((DataNotFoundException) e).folder()).isEqualTo(dir));
        Path absent = dir.resolve("not-there");
        assertThat(ImageDataset.FASHION_MNIST).isEqualTo(Path.of("/usr/share/datasets/fashion-mnist"));
        assertThatThrownBy(() -> ImageDataset.load(absent, "t10k")).hasMessageContaining("t10k-images-idx3-ubyte");
    }
}
