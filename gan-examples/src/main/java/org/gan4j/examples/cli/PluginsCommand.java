package org.gan4j.examples.cli;

import java.io.PrintWriter;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderInfo;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.registry.ProviderProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gan plugins}: every provider found on the class path, with id, version and jar; then the broken ones. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List every discovered provider with its id, version and jar.")
final class PluginsCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PluginRegistry registry = PluginRegistry.load();
        out.printf("%-14s %-22s %-16s %s%n", "KIND", "ID", "VERSION", "JAR");
        for (ProviderKind<?> kind : ProviderKind.all()) {
            for (ProviderInfo p : registry.providers(kind)) {
                out.printf("%-14s %-22s %-16s %s%n", kind.label(), p.id(), p.provider().version(), p.source());
            }
        }
        for (ProviderProblem problem : registry.problems()) {
            out.printf("BROKEN %s provider skipped: %s%n", problem.kind().label(), problem.message());
        }
        out.flush();
    }
}
