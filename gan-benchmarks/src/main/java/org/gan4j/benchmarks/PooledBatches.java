package org.gan4j.benchmarks;

import java.util.SplittableRandom;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.data.Batch;
import org.gan4j.core.data.BatchSource;

/** A cycle of 16 pre-drawn uniform [−1, 1) batches, so data generation stays out of step timings. */
final class PooledBatches implements BatchSource {
    private final Batch[] pool = new Batch[16];
    private final Shape sampleShape;

    PooledBatches(int batch, int features, long seed) {
        this(batch, Shape.of(features), seed);
    }

    PooledBatches(int batch, Shape sampleShape, long seed) {
        this.sampleShape = sampleShape;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < pool.length; i++) {
            float[] values = new float[Math.toIntExact(batch * sampleShape.numElements())];
            for (int j = 0; j < values.length; j++) {
                values[j] = (float) random.nextDouble(-1, 1);
            }
            pool[i] = Batch.of(HostTensor.of(sampleShape.prepend(batch), values));
        }
    }

    @Override
    public Shape sampleShape() {
        return sampleShape;
    }

    @Override
    public Batch batch(long index) {
        return pool[(int) (index % pool.length)];
    }
}
