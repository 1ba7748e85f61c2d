/**
 * Layers written on {@link org.gan4j.api.tensor.Ops}: they create their variables on first use and reuse them.
 */
@Experimental
package org.gan4j.core.layers;

import org.gan4j.api.Experimental;
