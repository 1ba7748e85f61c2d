/**
 * Augmentations of the images the discriminator sees: DiffAugment (Zhao et al., NeurIPS 2020), provider id
 * {@code diffaugment}, with its colour, translation and cutout policies, written with {@link org.gan4j.api.tensor.Ops}
 * so that gradients pass through them to the generator.
 */
package org.gan4j.core.augment;
