/**
 * What a training run writes into its output folder: metrics CSV, sample scatter plots, the summary, and the
 * console progress.
 */
@Experimental
package org.gan4j.examples.output;

import org.gan4j.api.Experimental;
