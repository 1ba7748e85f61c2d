package org.gan4j.examples.cli;

/**
 * The defaults of {@code gan train}, chosen by measurement on ring8 (see docs/ring8-defaults.md): each stated
 * once, here.
 */
final class Ring8Defaults {
    static final String LOSS = "non-saturating";
    static final String D_OPTIMIZER = "adam:lr=5e-4,beta1=0.5";
    static final String G_OPTIMIZER = "adam:lr=5e-4,beta1=0.5";
    static final String GENERATOR = "mlp:latent=16,width=128,depth=2";
    static final String DISCRIMINATOR = "mlp:width=128,depth=2,pack=2";
    static final long STEPS = 10_000;
    static final int BATCH_SIZE = 256;
    /** Samples scored at the end, as VEEGAN and PacGAN do. */
    static final int EVALUATION_SAMPLES = 2500;
    /** A checkpoint every 1,000 steps costs a few milliseconds for these models. */
    static final long CHECKPOINT_EVERY = 1000;
    static final int KEEP_CHECKPOINTS = 3;
    /** No loss of a sane run comes near 10⁶ in magnitude; WGAN critics without a Lipschitz constraint do. */
    static final String DIVERGENCE_LIMIT = "1e6";

    private Ring8Defaults() {
    }
}
