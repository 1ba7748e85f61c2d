package org.gan4j.examples.compose;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import java.util.Map;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.role.Generator;
import org.gan4j.api.role.Loss;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.spi.LossProvider;
import org.gan4j.core.inject.ForGenerator;
import org.gan4j.core.inject.GanModule;
import org.gan4j.core.train.TrainingConfig;

/**
 * A user's composition, installed beside {@link GanModule}: their {@link RingGenerator} and {@link RingCritic},
 * the framework's {@code hinge} loss looked up by id, their {@link SignSgd} for the generator, and a shorter
 * schedule. The discriminator keeps the framework's default optimizer, the data the default 8-mode ring.
 */
public final class CustomGanModule extends AbstractModule {
    /** The generator's signSGD step size. */
    public static final double GENERATOR_LEARNING_RATE = 1e-3;

    private final TrainingConfig config;

    /** @param config the schedule, replacing the framework's default */
    public CustomGanModule(TrainingConfig config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), Generator.class).setBinding().toProvider(() -> new RingGenerator(8, 64));
        OptionalBinder.newOptionalBinder(binder(), Discriminator.class).setBinding().toProvider(() -> new RingCritic(64));
        OptionalBinder.newOptionalBinder(binder(), Key.get(Optimizer.class, ForGenerator.class)).setBinding()
                .toInstance(new SignSgd(GENERATOR_LEARNING_RATE));
        OptionalBinder.newOptionalBinder(binder(), TrainingConfig.class).setBinding().toInstance(config);
        OptionalBinder.newOptionalBinder(binder(), Loss.class).setBinding().to(Key.get(Loss.class, HingeChoice.class));
    }

    /** The framework's hinge loss, from the map of losses {@link GanModule} binds by id. */
    @Provides
    @HingeChoice
    Loss hinge(Map<String, LossProvider> losses) {
        return losses.get("hinge").create(Hyperparameters.empty());
    }
}
