/**
 * The training loop: builds the discriminator and generator steps once, then runs the n-critic schedule,
 * one native call per step of each player, reporting fetched scalars to {@link org.gan4j.core.train.TrainingListener}s.
 */
@Experimental
package org.gan4j.core.train;

import org.gan4j.api.Experimental;
