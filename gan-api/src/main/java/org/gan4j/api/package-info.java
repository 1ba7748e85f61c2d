/**
 * The stable, backend-neutral API of gan4j.
 *
 * <p>Plugins (losses, regularizers, optimizers, models) and backends depend on this module and on
 * nothing else of ours. It depends on the JDK only. Sub-packages:
 * <ul>
 *   <li>{@link org.gan4j.api.tensor}: symbolic tensors, shapes, host arrays and the op vocabulary {@link org.gan4j.api.tensor.Ops};</li>
 *   <li>{@link org.gan4j.api.role}: the roles a GAN is composed of (generator, discriminator, loss, regularizer, optimizer);</li>
 *   <li>{@link org.gan4j.api.spi}: the provider interfaces found through {@link java.util.ServiceLoader}, and the backend SPI;</li>
 *   <li>{@link org.gan4j.api.param}: hyperparameters and their validation.</li>
 * </ul>
 */
package org.gan4j.api;
