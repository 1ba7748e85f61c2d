package org.gan4j.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gan4j.core.train.StopRequest;

/**
 * Turns Ctrl-C and SIGTERM into a clean stop of a training command. The JVM runs its shutdown hooks on SIGINT,
 * SIGTERM and SIGHUP; while a command is {@linkplain #arm armed}, this one's hook prints that it is stopping, makes
 * the command's {@link StopRequest} (the training loop stops after the step in progress, and its checkpoint listener
 * saves that step) and waits until the command is over ({@link #close()}: its checkpoint written, its last message
 * printed, its files closed) or {@link #BOUND} has passed, whichever comes first; then the JVM exits. It exits with
 * 128 + the signal's number, whatever the command returns: 130 after Ctrl-C, 143 after SIGTERM.
 *
 * <p>Past the bound the JVM exits anyway, perhaps in the middle of a checkpoint write, which loses nothing: the
 * checkpoint store writes atomically, so every checkpoint already there stays complete. So does SIGKILL, which a user
 * can send to exit at once; a second Ctrl-C while the hook waits does nothing.
 *
 * <p>One per execution of {@link GanCommand}: it arms nothing until a command asks, and {@link #close()} removes the
 * hook, so an execution leaves no hook behind; a hook that starts after {@link #close()} (a signal as the command
 * ends) does nothing. Thread-safe.
 */
final class StopOnSignal implements AutoCloseable {
    /** The longest the JVM waits, after a signal, for the step in progress and its checkpoint. */
    static final Duration BOUND = Duration.ofSeconds(30);
    /** Hooks armed in this JVM and not yet removed. */
    private static final AtomicInteger ARMED = new AtomicInteger();

    private final PrintWriter err;
    private final Duration bound;
    private final CountDownLatch over = new CountDownLatch(1);
    private Thread hook;
    private StopRequest request;
    private String command;
    private String whenCutShort;

    /** @param err where the hook says what it does */
    StopOnSignal(PrintWriter err) {
        this(err, BOUND);
    }

    /**
     * @param err where the hook says what it does
     * @param bound the longest the hook waits for the command to be over
     */
    StopOnSignal(PrintWriter err, Duration bound) {
        this.err = err;
        this.bound = bound;
    }

    /**
     * Installs the hook, from now until {@link #close()}. Call it where training is about to start: before, a signal
     * ends the JVM at once, as it does without a hook.
     *
     * @param name the command, for messages ("gan train")
     * @param cutShort what to tell the user if the bound passes first (where the run's intact checkpoints are)
     * @return the request the training loop must honour
     * @throws IllegalStateException when already armed, or over
     */
    synchronized StopRequest arm(String name, String cutShort) {
        if (hook != null || over.getCount() == 0) {
            throw new IllegalStateException("a command arms its stop on signal once, before it is over");
        }
        command = name;
        whenCutShort = cutShort;
        request = new StopRequest();
        hook = new Thread(this::onSignal, "gan-stop-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
        ARMED.incrementAndGet();
        return request;
    }

    /** The hook's work: request the stop, then wait (bounded) until the command is over. */
    void onSignal() {
        StopRequest stop;
        synchronized (this) {
            if (over.getCount() == 0) {
                return; // the command ended before the signal: nothing to stop, nothing to wait for
            }
            stop = request;
        }
        err.println();
        err.println(command + ": stopping: the step in progress finishes and a checkpoint is saved; exiting within "
                + bound.toSeconds() + " s (kill -9 " + ProcessHandle.current().pid() + " exits at once, and the "
                + "checkpoints already written stay intact)");
        err.flush();
        stop.request();
        try {
            if (!over.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                err.println(command + ": the stop took longer than " + bound.toSeconds() + " s; exiting without "
                        + "waiting further. " + whenCutShort);
                err.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the installed hook, or null when not armed; for tests */
    synchronized Thread hook() {
        return hook;
    }

    /** @return how many hooks are armed in this JVM and not removed: 0 once every execution is over */
    static int armedHooks() {
        return ARMED.get();
    }

    /**
     * Ends the command's time: a waiting hook returns at once (and the JVM exits), and an armed hook that has not
     * started is removed.
     */
    @Override
    public synchronized void close() {
        over.countDown();
        if (hook != null) {
            try {
                if (Runtime.getRuntime().removeShutdownHook(hook)) {
                    ARMED.decrementAndGet();
                }
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting: the hook is running, or will run and do nothing
            }
        }
    }
}
