/**
 * Benchmarks that print their figures (not timed unit tests). Run them with {@code gan-benchmarks/run.sh NAME}.
 */
package org.gan4j.benchmarks;
