package org.gan4j.core.models;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.tensor.Shape;
import org.gan4j.tck.GeneratorContract;

/** On grey 32 × 32 images, the smallest the network makes, with ch = 4 so that the contract's gradients are quick. */
class SnganGeneratorContractTest extends GeneratorContract {
    SnganGeneratorContractTest() {
        super(new SnganGeneratorProvider(), Shape.of(32, 32, 1));
    }

    @Override
    protected Hyperparameters settings() {
        return Hyperparameters.parse("ch=4,latent=8");
    }
}
