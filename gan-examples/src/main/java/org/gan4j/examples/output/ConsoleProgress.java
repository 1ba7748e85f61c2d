package org.gan4j.examples.output;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gan4j.core.train.Metrics;
import org.gan4j.core.train.StepMetrics;
import org.gan4j.core.train.TrainingConfig;
import org.gan4j.core.train.TrainingListener;

/**
 * Shows training progress: a live progress bar with ETA and the latest losses on a terminal; when output is
 * redirected, plain lines (no carriage returns, no ANSI codes): one after the first step, then one every 5% of the
 * steps and whenever {@value #INTERVAL_SECONDS} s have passed since the last, and one at the end.
 */
public final class ConsoleProgress implements TrainingListener {
    /** The most seconds between two plain lines. */
    static final long INTERVAL_SECONDS = 30;

    private final boolean terminal;
    private final PrintStream plain;
    private final LongSupplier nanos;
    private long firstStep = -1;
    private ProgressBar bar;
    private long total;
    private long every;
    private long started;
    private long lastLine;

    /**
     * @param terminal whether to draw a bar (true) or print plain lines (false)
     * @param plain where plain lines go
     */
    public ConsoleProgress(boolean terminal, PrintStream plain) {
        this(terminal, plain, System::nanoTime);
    }

    /**
     * @param terminal whether to draw a bar (true) or print plain lines (false)
     * @param plain where plain lines go
     * @param nanos the clock, in nanoseconds
     */
    public ConsoleProgress(boolean terminal, PrintStream plain, LongSupplier nanos) {
        this.terminal = terminal;
        this.plain = plain;
        this.nanos = nanos;
    }

    /** @return progress for this process: a bar if it has a console */
    public static ConsoleProgress forThisProcess() {
        return new ConsoleProgress(System.console() != null, System.out);
    }

    @Override
    public void onStart(TrainingConfig config, String backend) {
        firstStep = -1;
        total = config.steps();
        every = Math.max(1, total / 20);
        started = nanos.getAsLong();
        lastLine = started;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("train").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250).build();
        } else {
            plain.println("training " + total + " steps on " + backend);
        }
    }

    @Override
    public void onStep(StepMetrics m) {
        String losses = String.format(Locale.ROOT, "d_loss %.4f g_loss %.4f", m.get(Metrics.D_LOSS), m.get(Metrics.G_LOSS));
        long done = m.step() + 1;
        if (firstStep < 0) {
            firstStep = m.step(); // a resumed run starts past 0; rates count this process's steps only
        }
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(String.format(Locale.ROOT, " D %.3f G %.3f", m.get(Metrics.D_LOSS), m.get(Metrics.G_LOSS)));
        } else if (done == firstStep + 1 || done % every == 0 || done == total
                || nanos.getAsLong() - lastLine >= INTERVAL_SECONDS * 1_000_000_000L) {
            lastLine = nanos.getAsLong();
            double elapsed = (lastLine - started) / 1e9;
            long here = done - firstStep;
            long eta = Math.round(elapsed / here * (total - done));
            plain.printf(Locale.ROOT, "step %d/%d (%d%%) %s, %.2f ms/step, eta %s%n", done, total, 100 * done / total,
                    losses, 1000 * elapsed / here, Duration.ofSeconds(eta).toString().substring(2).toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public void onEnd(double seconds) {
        if (bar != null) {
            bar.close();
        }
    }
}
