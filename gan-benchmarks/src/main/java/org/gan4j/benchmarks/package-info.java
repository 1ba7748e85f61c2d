/**
 * Benchmarks that print their figures (not timed unit tests). Run them with {@code gan-benchmarks/run.sh NAME}.
 */
@Experimental
package org.gan4j.benchmarks;

import org.gan4j.api.Experimental;
