package org.gan4j.examples.cli;

import java.nio.file.Path;

/** What {@code gan train} tells a user whose run was stopped by Ctrl-C or SIGTERM ({@link StopOnSignal}). */
final class StoppedRun {
    private StoppedRun() {
    }

    /**
     * @param step the steps done, which the checkpoint holds
     * @param steps the steps the run was to do
     * @param checkpoint the checkpoint saved on the way out
     * @param runFolder the run's output folder
     * @return the line printed once the checkpoint is saved: where it is and how to continue
     */
    static String line(long step, long steps, Path checkpoint, Path runFolder) {
        return "stopped at step " + step + " of " + steps + "; saved the checkpoint " + checkpoint + ". Continue with: "
                + resume(runFolder);
    }

    /**
     * @param runFolder the run's output folder
     * @return what to tell the user when the JVM exits before the checkpoint is saved
     */
    static String cutShort(Path runFolder) {
        return "The checkpoints already in " + runFolder.resolve("checkpoints") + " are intact. Continue with: "
                + resume(runFolder);
    }

    private static String resume(Path runFolder) {
        return "gan train --resume " + runFolder;
    }
}
