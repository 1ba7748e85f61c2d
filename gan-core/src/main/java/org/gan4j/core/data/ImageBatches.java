package org.gan4j.core.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Arrays;
import org.gan4j.api.Seeds;
import org.gan4j.api.param.Check;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;

/**
 * Batches of images, each epoch a fresh permutation of the data drawn from (seed, epoch). Batch i holds positions
 * i·B … i·B + B − 1 of the endless sequence epoch 0, epoch 1, ...; a batch that crosses an epoch's end takes the
 * rest from the next epoch's permutation. Batch i is a pure function of (data, B, seed, i), so a resumed run sees
 * the batches an uninterrupted one would.
 */
public final class ImageBatches implements BatchSource {
    private final ImageDataset data;
    private final int batchSize;
    private final long seed;
    private final int classes;
    private long cachedEpoch = -1;
    private int[] cachedPermutation;

    /**
     * @param data the images
     * @param batchSize images per batch
     * @param seed the run's seed
     */
    public ImageBatches(ImageDataset data, int batchSize, long seed) {
        this.data = data;
        this.batchSize = Check.positive("data", "batch size", batchSize);
        this.seed = seed;
        this.classes = data.classes();
    }

    @Override
    public Shape sampleShape() {
        return data.imageShape();
    }

    /** @return the images, and their classes as one-hot labels */
    @Override
    public Map<String, Shape> parts() {
        Map<String, Shape> parts = new LinkedHashMap<>();
        parts.put(Batch.SAMPLES, sampleShape());
        parts.put(Batch.LABELS, Shape.of(classes));
        return parts;
    }

    /** @return the images scaled to [−1, 1], and their classes as one-hot rows [batch, classes] */
    @Override
    public synchronized Batch batch(long index) {
        int pixels = Math.toIntExact(data.imageShape().numElements());
        float[] values = new float[batchSize * pixels];
        float[] labels = new float[batchSize * classes];
        int[] images = imagesOf(index);
        for (int k = 0; k < batchSize; k++) {
            data.copyScaled(images[k], values, k * pixels);
            labels[k * classes + data.label(images[k])] = 1;
        }
        return Batch.of(HostTensor.of(data.imageShape().prepend(batchSize), values))
                .with(Batch.LABELS, HostTensor.of(Shape.of(batchSize, classes), labels));
    }

    /**
     * @param index a batch's position in the run
     * @return the positions in the data set of its images, in order (for their labels)
     */
    public synchronized int[] imagesOf(long index) {
        int[] images = new int[batchSize];
        long position = index * batchSize;
        for (int k = 0; k < batchSize; k++, position++) {
            images[k] = permutation(position / data.size())[(int) (position % data.size())];
        }
        return images;
    }

    /** Fisher–Yates shuffle of 0 … n − 1 from (seed, epoch); the latest epoch's is kept. */
    private int[] permutation(long epoch) {
        if (epoch != cachedEpoch) {
            int[] order = new int[data.size()];
            Arrays.setAll(order, i -> i);
            cachedPermutation = Shuffle.inPlace(order, Seeds.derive(seed, "epoch", epoch));
            cachedEpoch = epoch;
        }
        return cachedPermutation;
    }
}
