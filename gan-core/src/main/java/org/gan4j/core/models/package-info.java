/**
 * Ready-made architectures: MLP generator and discriminator (with optional PacGAN packing), as providers.
 */
@Experimental
package org.gan4j.core.models;

import org.gan4j.api.Experimental;
