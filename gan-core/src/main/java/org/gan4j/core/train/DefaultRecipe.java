package org.gan4j.core.train;

/**
 * The framework's default GAN, chosen by measurement on the 8-mode ring (see {@code docs/ring8-defaults.md}):
 * each default stated once, here. {@code gan train} and {@link org.gan4j.core.inject.GanModule} both start from it.
 *
 * <p>Provider choices are specs, {@code id} or {@code id:key=value,...}, as
 * {@link org.gan4j.core.registry.ProviderSpec#parse} reads them.
 */
public final class DefaultRecipe {
    /** The non-saturating loss of Goodfellow et al. (2014). */
    public static final String LOSS = "non-saturating";
    /** Adam with β₁ = 0.5, as DCGAN trains. */
    public static final String D_OPTIMIZER = "adam:lr=5e-4,beta1=0.5";
    /** The same rule for the generator. */
    public static final String G_OPTIMIZER = "adam:lr=5e-4,beta1=0.5";
    /** A 2-hidden-layer MLP generator on 16 latent dimensions. */
    public static final String GENERATOR = "mlp:latent=16,width=128,depth=2";
    /** A 2-hidden-layer MLP discriminator that scores pairs (PacGAN, pack 2). */
    public static final String DISCRIMINATOR = "mlp:width=128,depth=2,pack=2";
    /** Generator steps. */
    public static final long STEPS = 10_000;
    /** Real and generated samples per step. */
    public static final int BATCH_SIZE = 256;
    /** Samples scored at the end, as VEEGAN and PacGAN do. */
    public static final int EVALUATION_SAMPLES = 2500;

    private DefaultRecipe() {
    }
}
