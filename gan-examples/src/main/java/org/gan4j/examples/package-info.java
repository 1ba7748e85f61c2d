/**
 * The {@code gan} command-line program and runnable examples.
 */
package org.gan4j.examples;
