/**
 * Contract tests a plugin's own test extends with one small subclass, as Micrometer's compatibility kit does:
 * each rule is one {@code @DisplayName} sentence. {@link org.gan4j.tck.ProviderContract} holds the rules every
 * provider obeys; each kind adds its own on top: {@link org.gan4j.tck.LossContract},
 * {@link org.gan4j.tck.RegularizerContract}, {@link org.gan4j.tck.OptimizerContract},
 * {@link org.gan4j.tck.JointOptimizerContract}, {@link org.gan4j.tck.GeneratorContract},
 * {@link org.gan4j.tck.DiscriminatorContract} and {@link org.gan4j.tck.BackendContract}. Expected values come from
 * closed forms worked out by hand, or from finite differences, never from the code under test.
 */
@Experimental
package org.gan4j.tck;

import org.gan4j.api.Experimental;
