package org.gan4j.core.registry;

import org.gan4j.api.spi.AugmentationProvider;
import org.gan4j.api.spi.BackendProvider;
import org.gan4j.api.spi.DiscriminatorProvider;
import org.gan4j.api.spi.GeneratorProvider;
import org.gan4j.api.spi.JointOptimizerProvider;
import org.gan4j.api.spi.LossProvider;
import org.gan4j.api.spi.OptimizerProvider;
import org.gan4j.api.spi.Provider;
import org.gan4j.api.spi.RegularizerProvider;

/**
 * A kind of plugin: its service interface, the word users know it by, and the module that ships ours.
 *
 * <p>The kinds are open: the constants below are gan4j's own, which {@link PluginRegistry} loads at once, and anyone
 * may make another for a provider interface of their own; the registry loads a kind the first time it is asked for
 * it.
 *
 * @param <P> the provider interface
 * @param type the provider interface that {@link java.util.ServiceLoader} looks up
 * @param label what users call it, for example {@code "loss"}
 * @param module the artifact to add when none is found
 */
public record ProviderKind<P extends Provider>(Class<P> type, String label, String module) {
    /** Backends. */
    public static final ProviderKind<BackendProvider> BACKEND =
            new ProviderKind<>(BackendProvider.class, "backend", "gan-tf-backend");
    /** Losses. */
    public static final ProviderKind<LossProvider> LOSS = new ProviderKind<>(LossProvider.class, "loss", "gan-losses");
    /** Regularizers. */
    public static final ProviderKind<RegularizerProvider> REGULARIZER =
            new ProviderKind<>(RegularizerProvider.class, "regularizer", "gan-losses");
    /** Optimizers. */
    public static final ProviderKind<OptimizerProvider> OPTIMIZER =
            new ProviderKind<>(OptimizerProvider.class, "optimizer", "gan-optimizers");
    /** Optimizers that update both players from one game step. */
    public static final ProviderKind<JointOptimizerProvider> JOINT_OPTIMIZER =
            new ProviderKind<>(JointOptimizerProvider.class, "joint optimizer", "gan-optimizers");
    /** Generator architectures. */
    public static final ProviderKind<GeneratorProvider> GENERATOR =
            new ProviderKind<>(GeneratorProvider.class, "generator", "gan-core");
    /** Discriminator architectures. */
    public static final ProviderKind<DiscriminatorProvider> DISCRIMINATOR =
            new ProviderKind<>(DiscriminatorProvider.class, "discriminator", "gan-core");
    /** Augmentations of the images the discriminator sees. */
    public static final ProviderKind<AugmentationProvider> AUGMENTATION =
            new ProviderKind<>(AugmentationProvider.class, "augmentation", "gan-core");

    /** @return gan4j's own kinds, in the order listings show them */
    public static java.util.List<ProviderKind<?>> all() {
        return java.util.List.of(BACKEND, GENERATOR, DISCRIMINATOR, LOSS, REGULARIZER, OPTIMIZER, JOINT_OPTIMIZER,
                AUGMENTATION);
    }
}
