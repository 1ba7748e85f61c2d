package org.gan4j.core.models;

import org.gan4j.api.tensor.Shape;
import org.gan4j.tck.GeneratorContract;

/** Samples of rank 3 check the reshape of the MLP's flat output. */
class MlpGeneratorContractTest extends GeneratorContract {
    MlpGeneratorContractTest() {
        super(new MlpGeneratorProvider(), Shape.of(2, 3, 1));
    }
}
