/**
 * Ready-made architectures: MLP generator and discriminator (with optional PacGAN packing), as providers.
 */
package org.gan4j.core.models;
