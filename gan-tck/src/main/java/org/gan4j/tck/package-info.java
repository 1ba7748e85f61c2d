/**
 * Contract tests a plugin's own test extends with one small subclass, as Micrometer's compatibility kit does:
 * each rule is one {@code @DisplayName} sentence. {@link org.gan4j.tck.ProviderContract} holds the rules every
 * provider obeys; each kind adds its own on top: {@link org.gan4j.tck.LossContract},
 * {@link org.gan4j.tck.RegularizerContract}, {@link org.gan4j.tck.OptimizerContract},
 * {@link org.gan4j.tck.JointOptimizerContract}, {@link org.gan4j.tck.GeneratorContract},
 * {@link org.gan4j.tck.DiscriminatorContract}, {@link org.gan4j.tck.AugmentationContract} and
 * {@link org.gan4j.tck.BackendContract}. Expected values come from
 * closed forms worked out by hand, or from finite differences, never from the code under test.
 *
 * <p>For a plugin's tests beyond the contracts, the kit's helpers are public: {@link org.gan4j.tck.ContractBackend}
 * finds the backend to test on (the system property {@code gan4j.tck.backend} chooses one by id),
 * {@link org.gan4j.tck.Fetch} evaluates tensors, and {@link org.gan4j.tck.LinearCritic} and
 * {@link org.gan4j.tck.QuadraticCritic} are critics whose gradients have closed forms.
 */
@Experimental
package org.gan4j.tck;

import org.gan4j.api.Experimental;
