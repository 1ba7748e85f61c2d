/**
 * What a training run writes into its output folder: metrics CSV, sample scatter plots, the summary, and the
 * console progress of training ({@link org.gan4j.examples.output.ConsoleProgress}) and of jobs in stages, such as
 * {@code gan eval} ({@link org.gan4j.examples.output.StageProgress}).
 */
@Experimental
package org.gan4j.examples.output;

import org.gan4j.api.Experimental;
