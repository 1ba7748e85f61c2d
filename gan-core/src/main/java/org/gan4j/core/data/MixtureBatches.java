package org.gan4j.core.data;

import java.util.SplittableRandom;
import org.gan4j.api.Seeds;
import org.gan4j.api.param.Check;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;

/** Batches drawn from a {@link GaussianMixture2D}, batch i from its own stream derived from (seed, i). */
public final class MixtureBatches implements BatchSource {
    private final GaussianMixture2D mixture;
    private final int batchSize;
    private final long seed;

    /**
     * @param mixture the distribution
     * @param batchSize points per batch
     * @param seed the run's seed
     */
    public MixtureBatches(GaussianMixture2D mixture, int batchSize, long seed) {
        this.mixture = mixture;
        this.batchSize = Check.positive("data", "batch size", batchSize);
        this.seed = seed;
    }

    @Override
    public Shape sampleShape() {
        return Shape.of(2);
    }

    @Override
    public Batch batch(long index) {
        float[] xy = mixture.sample(batchSize, new SplittableRandom(Seeds.derive(seed, "data", index)));
        return Batch.of(HostTensor.of(Shape.of(batchSize, 2), xy));
    }
}
