package org.gan4j.core.models;

import org.gan4j.api.GanException;
import org.gan4j.api.tensor.Shape;

/**
 * How deep the {@code dcgan} networks are for images [h, w, c]: n stride-2 layers, n = 2 for sides up to
 * {@value #TUTORIAL_SIDE} pixels and one more per doubling above (33–64 → 3, 65–128 → 4, ...), the side being
 * max(h, w). The i-th stride-2 convolution of the discriminator has 64·2^(i−1) channels (64, 128, 256, ...); the
 * generator mirrors it from a seed [h/2ⁿ, w/2ⁿ, 64·2ⁿ]. With n = 2 both are TensorFlow's DCGAN tutorial networks.
 *
 * @param strided n, the number of stride-2 layers
 */
record DcganDepth(int strided) {
    /** The largest side the tutorial's two stride-2 layers serve. */
    static final long TUTORIAL_SIDE = 32;
    /** The channels of the discriminator's first convolution and of the generator's last hidden layer. */
    static final int BASE_CHANNELS = 64;

    /**
     * @param sampleShape [h, w, c], sides ≥ 1
     * @return the depth for its larger side
     */
    static DcganDepth forImage(Shape sampleShape) {
        long side = Math.max(sampleShape.size(0), sampleShape.size(1));
        int strided = 2;
        for (long largest = TUTORIAL_SIDE; side > largest; largest *= 2) {
            strided++;
        }
        if ((long) BASE_CHANNELS << strided > Integer.MAX_VALUE) {
            throw new GanException("the dcgan networks cannot take images of " + sampleShape + ": their sides need "
                    + strided + " stride-2 layers, with up to 64·2^" + strided + " channels; use smaller images");
        }
        return new DcganDepth(strided);
    }

    /** @return 2ⁿ, the factor by which the stride-2 layers shrink (discriminator) or grow (generator) each side */
    long scale() {
        return 1L << strided;
    }

    /**
     * @param doublings k ≥ 0
     * @return 64·2ᵏ channels
     */
    int channels(int doublings) {
        return BASE_CHANNELS << doublings;
    }
}
