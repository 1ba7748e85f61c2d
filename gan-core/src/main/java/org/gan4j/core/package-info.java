/**
 * gan4j's engine on top of {@code gan-api}: the plugin registry, layers and models, data, evaluation and the
 * training loop. Nothing here imports a backend; everything runs on whichever {@link org.gan4j.api.spi.Backend}
 * the registry finds.
 */
@Experimental
package org.gan4j.core;

import org.gan4j.api.Experimental;
