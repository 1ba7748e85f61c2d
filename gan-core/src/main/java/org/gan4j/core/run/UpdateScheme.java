package org.gan4j.core.run;

/**
 * How two separate optimizers take turns. A joint optimizer (such as {@code acgd}) moves both players in one game
 * step and ignores it.
 */
public enum UpdateScheme {
    /** The discriminator's steps, then the generator's, each on its own batch. */
    ALTERNATING,
    /** Both players' gradients at the same point, applied together in one run, as TensorFlow's DCGAN tutorial trains. */
    SIMULTANEOUS
}
