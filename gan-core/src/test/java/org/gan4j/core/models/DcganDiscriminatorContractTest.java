package org.gan4j.core.models;

import org.gan4j.api.tensor.Shape;
import org.gan4j.tck.DiscriminatorContract;

/** On 8 × 8 images, small enough for the contract's gradient checks to be quick. */
class DcganDiscriminatorContractTest extends DiscriminatorContract {
    DcganDiscriminatorContractTest() {
        super(new DcganDiscriminatorProvider(), Shape.of(8, 8, 1));
    }
}
