package org.gan4j.core.data;

import java.util.Map;
import org.gan4j.api.tensor.Shape;

/**
 * Real batches, addressed by index so that a resumed run sees exactly the batches an uninterrupted one would.
 */
public interface BatchSource {
    /** @return the shape of one sample, without the batch dimension */
    Shape sampleShape();

    /**
     * @return every part a batch has ({@link Batch}), by name, with the shape of one sample's part (without the batch
     *     dimension), {@link Batch#SAMPLES} first; the default is the samples alone
     */
    default Map<String, Shape> parts() {
        return Map.of(Batch.SAMPLES, sampleShape());
    }

    /**
     * @param index the batch's position in the run, 0, 1, 2, ...
     * @return that batch, every part of {@link #parts()} with the batch size first; the same for the same index and
     *     seed
     */
    Batch batch(long index);
}
