/**
 * The default {@link org.gan4j.api.spi.Backend}: TensorFlow Java 1.0.0 in graph mode.
 *
 * <p>The only package of gan4j that imports {@code org.tensorflow}. What it does about TensorFlow Java's traps
 * (measured; see {@code docs/tensorflow-backend.md}):
 * <ul>
 *   <li>variables have flat names and are read through {@code Identity}, never used raw (a {@code Square}
 *       of a raw variable crashes the JVM when differentiated);</li>
 *   <li>gradients are taken with explicit variable lists and an explicit {@code Fill} seed, and "no gradient"
 *       results are replaced by zeros;</li>
 *   <li>no {@code tensorflow-framework} optimizer is used: updates come as assignments that run after a barrier
 *       on every read, which makes training bit-reproducible;</li>
 *   <li>randomness is {@code StatelessRandom*} keyed by a fed tick; every native tensor and result is closed;</li>
 *   <li>every session is opened with the {@code ConfigProto} that {@link org.gan4j.tf.SessionConfigs} makes from the
 *       backend's {@link org.gan4j.tf.TfSettings}, with grappler off where TensorFlow uses oneDNN (whose layout
 *       pass breaks second-order gradients through a convolution with a bias after grappler's rewrites).</li>
 * </ul>
 */
@Experimental
package org.gan4j.tf;

import org.gan4j.api.Experimental;
