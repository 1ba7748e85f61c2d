package org.gan4j.core.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.role.Generator;
import org.gan4j.api.role.Loss;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.Provider;
import org.gan4j.core.data.BatchSource;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderInfo;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.run.RunAssembly;
import org.gan4j.core.run.RunDescription;
import org.gan4j.core.run.RunOptions;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.PlayerUpdates;
import org.gan4j.core.train.TrainingConfig;

/**
 * Composes a GAN with Guice: every discovered provider, and the framework's defaults, which the user overrides.
 *
 * <p><b>Providers.</b> For each {@link ProviderKind} the module binds a {@code Set<P>} of every provider
 * {@link PluginRegistry} found (through {@code Multibinder}, so other modules may add theirs) and a
 * {@code Map<String, P>} by id (through {@code MapBinder}); an id that two jars claim is left out of the map and
 * reported by the registry. The registry itself is bound too.
 *
 * <p><b>Defaults and overrides.</b> Each part of a {@link GanSetup} is bound with {@code OptionalBinder}: the
 * module sets the default, assembled ({@link RunAssembly}) from the bound {@link RunDescription}, which is
 * {@link RunDescription#defaults()} (the 8-mode ring, the same defaults as {@code gan train}) unless the user binds
 * another; and a user's module replaces any part with {@code setBinding()}, without forking this module:
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new GanModule(), new AbstractModule() {
 *     protected void configure() {
 *         OptionalBinder.newOptionalBinder(binder(), Generator.class).setBinding().to(MyGenerator.class);
 *         OptionalBinder.newOptionalBinder(binder(), Key.get(Optimizer.class, ForGenerator.class))
 *                 .setBinding().toInstance(new MyOptimizer(0.01));
 *         Multibinder.newSetBinder(binder(), Regularizer.class).addBinding().toInstance(myPenalty);
 *     }
 * });
 * try (GanTrainer trainer = injector.getInstance(GanTrainer.class)) { trainer.train(List.of()); }
 * }</pre>
 *
 * <p>The overridable keys: {@link RunDescription} (every default below follows from it), {@link Backend},
 * {@link Generator}, {@link Discriminator}, {@link Loss}, {@link Optimizer} {@link ForDiscriminator @ForDiscriminator}
 * and {@link ForGenerator @ForGenerator}, {@link PlayerUpdates} (bind a {@link PlayerUpdates.Joint} for a joint
 * optimizer; it replaces the two optimizers), {@link BatchSource} and {@link TrainingConfig}. The regularizers are
 * the description's, then those of the {@code Set<Regularizer>} (empty by default) in the order they were added; the
 * augmentation is the description's ({@link RunOptions#AUGMENT}). {@link GanSetup} and {@link GanTrainer} are built
 * from these keys; the parts are unscoped, so each {@code GanTrainer} gets fresh networks with fresh variables.
 */
public final class GanModule extends AbstractModule {
    private static final String DEFAULT = "gan4j.default";
    private static final String DEFAULT_D = "gan4j.default.discriminator";
    private static final String DEFAULT_G = "gan4j.default.generator";

    private final PluginRegistry registry;

    /** Binds the providers visible to this thread's context class loader. */
    public GanModule() {
        this(PluginRegistry.load());
    }

    /** @param registry the providers to bind and to make the defaults from */
    public GanModule(PluginRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    protected void configure() {
        bind(PluginRegistry.class).toInstance(registry);
        for (ProviderKind<?> kind : ProviderKind.all()) {
            bindProviders(kind);
        }
        defaultTo(Key.get(RunDescription.class), DEFAULT);
        defaultTo(Key.get(Backend.class), DEFAULT);
        defaultTo(Key.get(Generator.class), DEFAULT);
        defaultTo(Key.get(Discriminator.class), DEFAULT);
        defaultTo(Key.get(Loss.class), DEFAULT);
        defaultTo(Key.get(Optimizer.class, ForDiscriminator.class), DEFAULT_D);
        defaultTo(Key.get(Optimizer.class, ForGenerator.class), DEFAULT_G);
        defaultTo(Key.get(PlayerUpdates.class), DEFAULT);
        defaultTo(Key.get(BatchSource.class), DEFAULT);
        defaultTo(Key.get(TrainingConfig.class), DEFAULT);
        Multibinder.newSetBinder(binder(), Regularizer.class);
    }

    private <T> void defaultTo(Key<T> key, String defaultName) {
        OptionalBinder.newOptionalBinder(binder(), key).setDefault()
                .to(Key.get(key.getTypeLiteral(), Names.named(defaultName)));
    }

    private <P extends Provider> void bindProviders(ProviderKind<P> kind) {
        Multibinder<P> set = Multibinder.newSetBinder(binder(), kind.type());
        MapBinder<String, P> byId = MapBinder.newMapBinder(binder(), String.class, kind.type());
        for (ProviderInfo info : registry.providers(kind)) {
            P provider = kind.type().cast(info.provider());
            set.addBinding().toInstance(provider);
            if (registry.providers(kind).stream().filter(p -> p.id().equals(info.id())).count() == 1) {
                byId.addBinding(info.id()).toInstance(provider);
            }
        }
    }

    @Provides
    @Named(DEFAULT)
    RunDescription defaultRun() {
        return RunDescription.defaults();
    }

    @Provides
    RunAssembly assembly(RunDescription run) {
        return new RunAssembly(run, registry);
    }

    @Provides
    @Named(DEFAULT)
    Backend defaultBackend(RunAssembly assembly) {
        return assembly.backend();
    }

    @Provides
    @Named(DEFAULT)
    TrainingConfig defaultConfig(RunDescription run) {
        return run.trainingConfig();
    }

    @Provides
    @Named(DEFAULT)
    BatchSource defaultData(RunAssembly assembly) {
        return assembly.data();
    }

    @Provides
    @Named(DEFAULT)
    Generator defaultGenerator(RunAssembly assembly, BatchSource data) {
        return assembly.generator(data.sampleShape());
    }

    @Provides
    @Named(DEFAULT)
    Discriminator defaultDiscriminator(RunAssembly assembly, BatchSource data) {
        return assembly.discriminator(data.sampleShape());
    }

    @Provides
    @Named(DEFAULT)
    Loss defaultLoss(RunAssembly assembly) {
        return assembly.loss();
    }

    @Provides
    @Named(DEFAULT_D)
    Optimizer defaultDiscriminatorOptimizer(RunAssembly assembly) {
        return assembly.discriminatorOptimizer();
    }

    @Provides
    @Named(DEFAULT_G)
    Optimizer defaultGeneratorOptimizer(RunAssembly assembly) {
        return assembly.generatorOptimizer();
    }

    @Provides
    @Named(DEFAULT)
    PlayerUpdates defaultUpdates(RunAssembly assembly, @ForDiscriminator com.google.inject.Provider<Optimizer> d,
            @ForGenerator com.google.inject.Provider<Optimizer> g) {
        return assembly.usesJointOptimizer() ? assembly.updates() : assembly.updates(d.get(), g.get());
    }

    @Provides
    GanSetup setup(Backend backend, Generator generator, Discriminator discriminator, Loss loss,
            Set<Regularizer> regularizers, PlayerUpdates updates, BatchSource data, RunAssembly assembly) {
        List<Regularizer> all = new ArrayList<>(assembly.regularizers());
        all.addAll(regularizers);
        return new GanSetup(backend, generator, discriminator, loss, all, updates, data,
                assembly.run().get(RunOptions.NOISE), assembly.augmentation(data.sampleShape()));
    }

    @Provides
    GanTrainer trainer(GanSetup setup, TrainingConfig config) {
        return new GanTrainer(setup, config);
    }
}
