/**
 * Composing a custom GAN with Guice: a user's own generator, discriminator and optimizer beside the framework's
 * loss, wired by {@link org.gan4j.examples.compose.CustomGanModule} over {@link org.gan4j.core.inject.GanModule}.
 * Run {@link org.gan4j.examples.compose.CustomGanExample}.
 */
@Experimental
package org.gan4j.examples.compose;

import org.gan4j.api.Experimental;
