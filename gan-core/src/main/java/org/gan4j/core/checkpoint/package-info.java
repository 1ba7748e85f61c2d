/**
 * Checkpoints that survive crashes: every variable of a run (weights, optimizer slots and counters, CG
 * directions, spectral-norm vectors), the step, the seed and how the run was made, in plain data files
 * (no Java serialization). A checkpoint is written to a temporary folder, made durable, then renamed into
 * place; a {@code LATEST} pointer is swapped the same way, and only the newest K are kept. Loading verifies
 * every checksum and every variable's name and shape before anything is restored.
 */
@Experimental
package org.gan4j.core.checkpoint;

import org.gan4j.api.Experimental;
