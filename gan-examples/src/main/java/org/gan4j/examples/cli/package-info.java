/**
 * The {@code gan} command line (picocli): {@code gan plugins} and {@code gan train}.
 */
@Experimental
package org.gan4j.examples.cli;

import org.gan4j.api.Experimental;
