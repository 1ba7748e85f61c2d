package org.gan4j.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gan} program and its subcommands. Every way a command can end is a message of one line on standard
 * error, never a stack trace: parse errors ({@link UsageErrors}), and exceptions and errors while it runs
 * ({@link ExitCodes}).
 */
@Command(name = "gan", mixinStandardHelpOptions = true, version = "gan4j 0.1.0",
        description = "Train and inspect generative adversarial networks.",
        subcommands = {PluginsCommand.class, TrainCommand.class, StudyCommand.class, ClassifierCommand.class, EvalCommand.class, SampleCommand.class})
public final class GanCommand implements Runnable {
    /** Exit code for invalid arguments, as picocli uses for its own parse errors. */
    public static final int INVALID_ARGUMENTS = ExitCodes.INVALID_USAGE;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Lets a training command stop cleanly on Ctrl-C or SIGTERM; it lives as long as one execution. */
    private final StopOnSignal signals;

    GanCommand(StopOnSignal signals) {
        this.signals = signals;
    }

    /** @return this execution's stop on signal, for a subcommand to {@linkplain StopOnSignal#arm arm} */
    StopOnSignal signals() {
        return signals;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * @param args the command line
     * @return the exit code: 0 success, 1 failure while running, 2 invalid arguments
     */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /**
     * @param out where results go
     * @param err where errors go
     * @param args the command line
     * @return the exit code: 0 success, 1 failure while running, 2 invalid arguments
     */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        StopOnSignal signals = new StopOnSignal(err);
        // ImageIO's disk cache registers a shutdown hook per stream, which fails once a Ctrl-C has begun the JVM's
        // shutdown: the pictures of the step that finishes then could not be written. They are small; keep them in memory.
        javax.imageio.ImageIO.setUseCache(false);
        CommandLine cli = new CommandLine(new GanCommand(signals)).setOut(out).setErr(err);
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine));
        try {
            return cli.execute(args);
        } catch (Error e) { // picocli hands only exceptions to the handler; an error (out of memory) comes here
            CommandLine failed = cli;
            for (CommandLine.ParseResult r = cli.getParseResult(); r != null && r.hasSubcommand(); r = r.subcommand()) {
                failed = r.subcommand().commandSpec().commandLine();
            }
            return report(e, failed);
        } finally {
            signals.close(); // after every message, the error handler's too: a stop on signal waits for them
        }
    }

    /** Prints what ended a command, one line without a stack trace, and returns its exit code. */
    private static int report(Throwable e, CommandLine command) {
        int code = ExitCodes.of(e);
        command.getErr().println(command.getCommandSpec().qualifiedName() + (code == ExitCodes.INVALID_USAGE ? ": "
                : " failed: ") + ExitCodes.message(e, command.getCommandSpec()));
        command.getErr().flush();
        return code;
    }

    /** @param args the command line */
    public static void main(String[] args) {
        System.exit(execute(args));
    }
}
