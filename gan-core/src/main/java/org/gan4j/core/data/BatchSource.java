package org.gan4j.core.data;

import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;

/**
 * Real batches, addressed by index so that a resumed run sees exactly the batches an uninterrupted one would.
 */
public interface BatchSource {
    /** @return the shape of one sample, without the batch dimension */
    Shape sampleShape();

    /**
     * @param index the batch's position in the run, 0, 1, 2, ...
     * @return that batch, [batchSize, sampleShape...]; the same for the same index and seed
     */
    HostTensor batch(long index);
}
