/**
 * Baselines written directly on TensorFlow Java, for benchmarks that compare gan4j with hand-written code.
 * Shipped in the test jar; the benchmarks module loads them by name, so it never compiles against TensorFlow.
 */
package org.gan4j.tf.bench;
