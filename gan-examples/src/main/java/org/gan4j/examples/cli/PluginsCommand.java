package org.gan4j.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderInfo;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.registry.ProviderProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gan plugins}: every provider found, with kind, id, version, jar and description, in columns as wide as
 * their content; then the broken ones. The description comes last, so the first four columns split on whitespace.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List every discovered provider with its id, version, jar and description.")
final class PluginsCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PluginRegistry registry = PluginRegistry.load();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("KIND", "ID", "VERSION", "JAR", "DESCRIPTION"));
        for (ProviderKind<?> kind : ProviderKind.all()) {
            for (ProviderInfo p : registry.providers(kind)) {
                rows.add(List.of(kind.label(), p.id(), p.provider().version(), p.source(), oneLine(p.provider().description())));
            }
        }
        TextColumns.format(rows).forEach(out::println);
        for (ProviderProblem problem : registry.problems()) {
            out.printf("BROKEN %s provider skipped: %s%n", problem.kind().label(), problem.message());
        }
        out.flush();
    }

    /** @return the description on one line (the contract asks for one; a third party's may not comply), "" for null */
    private static String oneLine(String description) {
        return description == null ? "" : description.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
