package org.gan4j.core.augment;

import org.gan4j.api.tensor.Shape;
import org.gan4j.tck.AugmentationContract;

/** The kit's contract, on 8 × 8 colour images with every policy (the default). */
class DiffAugmentContractTest extends AugmentationContract {
    DiffAugmentContractTest() {
        super(new DiffAugmentProvider(), Shape.of(8, 8, 3));
    }
}
