package org.gan4j.core.models;

import org.gan4j.api.tensor.Shape;
import org.gan4j.tck.GeneratorContract;

/** On 8 × 8 images, small enough for the contract's gradient checks to be quick. */
class DcganGeneratorContractTest extends GeneratorContract {
    DcganGeneratorContractTest() {
        super(new DcganGeneratorProvider(), Shape.of(8, 8, 1));
    }
}
