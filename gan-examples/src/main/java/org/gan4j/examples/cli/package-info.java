/**
 * The {@code gan} command line (picocli): {@code gan plugins} and {@code gan train}.
 */
package org.gan4j.examples.cli;
