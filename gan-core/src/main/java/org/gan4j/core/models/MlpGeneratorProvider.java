package org.gan4j.core.models;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Generator;
import org.gan4j.api.spi.GeneratorProvider;
import org.gan4j.api.tensor.Shape;

/** Provides {@link MlpGenerator} as {@value #ID}; settings in {@link MlpGeneratorParameters}. */
public final class MlpGeneratorProvider implements GeneratorProvider {
    /** The id. */
    public static final String ID = "mlp";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "multilayer perceptron generator, as in the first GAN (Goodfellow et al. 2014)";
    }

    @Override
    public Generator create(Shape sampleShape, Hyperparameters hyperparameters) {
        return new MlpGenerator(sampleShape, MlpGeneratorParameters.from(hyperparameters));
    }
}
