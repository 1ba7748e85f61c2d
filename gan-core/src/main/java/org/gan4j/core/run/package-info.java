/**
 * A run as a value: {@link org.gan4j.core.run.RunDescription} holds every choice that makes a training run (data,
 * providers with their settings, schedule, seed, evaluation, checkpoints, backend). {@link org.gan4j.core.run.RunOptions}
 * is the one table of options, with each default (per kind of data), rule and help text;
 * {@link org.gan4j.core.run.Recipes} states the papers' recipes that follow a loss and regularizer;
 * {@link org.gan4j.core.run.RunAssembly} turns a description into role objects. The command line, Guice,
 * {@code gan study}, {@code gan eval} and checkpoints all go through these, and a description serializes to plain
 * {@code key=value} text, so it can be stored in a checkpoint or shipped to another machine.
 * {@link org.gan4j.core.run.Memory} is what the sizes a user asks for are checked against before work starts.
 */
@Experimental
package org.gan4j.core.run;

import org.gan4j.api.Experimental;
