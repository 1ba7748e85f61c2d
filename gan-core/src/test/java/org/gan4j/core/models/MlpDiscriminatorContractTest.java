package org.gan4j.core.models;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.tensor.Shape;
import org.gan4j.tck.DiscriminatorContract;

/** With PacGAN packing of 2, so 8 samples give 4 scores. */
class MlpDiscriminatorContractTest extends DiscriminatorContract {
    MlpDiscriminatorContractTest() {
        super(new MlpDiscriminatorProvider(), Shape.of(2));
    }

    @Override
    protected Hyperparameters settings() {
        return Hyperparameters.parse("pack=2");
    }
}
