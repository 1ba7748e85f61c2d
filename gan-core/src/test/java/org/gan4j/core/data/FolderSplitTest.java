package org.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.gan4j.api.tensor.Shape;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FolderSplitTest {
    /** 25 one-pixel images of class 0, then 5 of class 1; image i's pixel is i, so it says which image it is. */
    private static ImageDataset thirtyImages() {
        byte[] pixels = new byte[30];
        int[] labels = new int[30];
        for (int i = 0; i < 30; i++) {
            pixels[i] = (byte) i;
            labels[i] = i < 25 ? 0 : 1;
        }
        return new ImageDataset("test", Shape.of(1, 1, 1), ByteBuffer.wrap(pixels), labels, List.of("a", "b"));
    }

    private static int[] which(ImageDataset images) {
        return IntStream.range(0, images.size()).map(i -> images.pixels().get(i)).toArray();
    }

    @Test
    @DisplayName("the 10th and 20th picture of a class are held out, a class of 5 gives none; both splits are shuffled, the same way every time")
    void everyTenthOfEachClass() {
        ImageSplits splits = FolderSplit.of(thirtyImages());
        assertThat(which(splits.heldOut())).containsExactlyInAnyOrder(9, 19);
        int[] train = which(splits.train());
        assertThat(train).hasSize(28).doesNotContain(9, 19);
        assertThat(train).as("shuffled, so that the first N are a fair sample").isNotEqualTo(IntStream.range(0, 30)
                .filter(i -> i != 9 && i != 19).toArray());
        assertThat(Arrays.equals(which(FolderSplit.of(thirtyImages()).train()), train)).isTrue();
        for (int k = 0; k < train.length; k++) {
            assertThat(splits.train().label(k)).as("labels travel with their images").isEqualTo(train[k] < 25 ? 0 : 1);
        }
    }
}
