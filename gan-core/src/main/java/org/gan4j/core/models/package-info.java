/**
 * Ready-made architectures, as providers: MLP generator and discriminator (with optional PacGAN packing), the DCGAN
 * of TensorFlow's tutorial (as deep as the images are large) and the ResNet generator and discriminator of SNGAN
 * (Miyato et al. 2018).
 */
@Experimental
package org.gan4j.core.models;

import org.gan4j.api.Experimental;
