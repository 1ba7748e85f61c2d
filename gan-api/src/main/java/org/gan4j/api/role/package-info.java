/**
 * The roles a GAN is composed of: {@link org.gan4j.api.role.Generator}, {@link org.gan4j.api.role.Discriminator},
 * {@link org.gan4j.api.role.Loss}, {@link org.gan4j.api.role.Regularizer}, {@link org.gan4j.api.role.Optimizer} and
 * {@link org.gan4j.api.role.Augmentation}.
 *
 * <p>Each role is called while the backend traces, never per training step: it builds its part of the
 * computation with {@link org.gan4j.api.tensor.Ops} and returns symbolic tensors.
 */
package org.gan4j.api.role;
