/**
 * A run's output folder as a unit that is never lost or mixed with another run: an exclusive lock held by the one
 * command that writes it ({@link RunFolderLock}), what a folder holds ({@link RunFolderContents}), a fresh start
 * that keeps the run it replaces until the new one has a checkpoint ({@link FreshStart}), and a resumed run's
 * outputs cut back to its checkpoint and rebuilt from {@code metrics.csv} ({@link ResumedOutputs}). The file names
 * live in {@link RunFiles}.
 */
@Experimental
package org.gan4j.examples.runfolder;

import org.gan4j.api.Experimental;
