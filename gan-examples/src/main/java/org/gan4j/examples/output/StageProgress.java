package org.gan4j.examples.output;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long job made of a few stages, such as {@code gan eval}'s sampling, features and scores: one line
 * as each stage starts, with the seconds since the first, so a console or a log shows at once what is being done
 * and how long each part took.
 */
public final class StageProgress {
    private final PrintWriter out;
    private final LongSupplier nanos;
    private long started = -1;

    /** @param out where the lines go */
    public StageProgress(PrintWriter out) {
        this(out, System::nanoTime);
    }

    /**
     * @param out where the lines go
     * @param nanos the clock, in nanoseconds
     */
    public StageProgress(PrintWriter out, LongSupplier nanos) {
        this.out = out;
        this.nanos = nanos;
    }

    /** @param what the stage that starts now, such as "sampling 10000 images" */
    public void stage(String what) {
        line(what);
    }

    /** Says that the last stage is done. */
    public void done() {
        line("done");
    }

    private void line(String what) {
        long now = nanos.getAsLong();
        if (started < 0) {
            started = now;
        }
        out.printf(Locale.ROOT, "[%6.1f s] %s%n", (now - started) / 1e9, what);
        out.flush();
    }
}
