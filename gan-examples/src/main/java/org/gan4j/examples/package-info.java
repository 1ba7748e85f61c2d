/**
 * The {@code gan} command-line program and runnable examples.
 */
@Experimental
package org.gan4j.examples;

import org.gan4j.api.Experimental;
