/**
 * First-order update rules as {@link org.gan4j.api.spi.OptimizerProvider}s: SGD, momentum, RMSProp and Adam.
 *
 * <p>Each rule is written as a pure function of the parameters, the gradients and its state variables, and
 * returns an {@link org.gan4j.api.role.UpdatePlan}; the backend applies all writes of a step together after
 * every read. Two runs with the same seed are therefore bit-identical, which TensorFlow Java's own Adam is not
 * (its beta-power update races with its reads, see {@code docs/tensorflow-backend.md#fused-adam}).
 */
@Experimental
package org.gan4j.optimizers;

import org.gan4j.api.Experimental;
