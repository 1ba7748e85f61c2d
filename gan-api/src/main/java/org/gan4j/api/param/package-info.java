/**
 * Hyperparameters as text (from a command line or a config file) and the checks that turn them into
 * validated immutable records.
 */
package org.gan4j.api.param;
