package org.gan4j.core.models;

import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Generator;
import org.gan4j.api.spi.GeneratorProvider;
import org.gan4j.api.tensor.Shape;

/** Provides {@link SnganGenerator} as {@value #ID}; settings in {@link SnganGeneratorParameters}. */
public final class SnganGeneratorProvider implements GeneratorProvider {
    /** The id. */
    public static final String ID = "sngan";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "ResNet generator of SNGAN for 32 × 32 (CIFAR-10), 48 × 48 (STL-10) or 64 × 64 images, grey or colour "
                + "(Miyato, Kataoka, Koyama and Yoshida 2018)";
    }

    @Override
    public Generator create(Shape sampleShape, Hyperparameters hyperparameters) {
        return new SnganGenerator(sampleShape, SnganGeneratorParameters.from(hyperparameters, sampleShape));
    }
}
