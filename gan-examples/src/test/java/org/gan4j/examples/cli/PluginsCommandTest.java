package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderInfo;
import org.gan4j.core.registry.ProviderKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code gan plugins}: columns that line up whatever their content, and every provider's description. */
class PluginsCommandTest {
    private static final List<String> HEADERS = List.of("KIND", "ID", "VERSION", "JAR", "DESCRIPTION");

    private static List<String> lines() {
        GanCommandTest.Outcome o = GanCommandTest.run("plugins");
        assertThat(o.code()).as(o.err()).isZero();
        return o.out().lines().toList();
    }

    @Test
    @DisplayName("every column starts where its header does on every line, the wide 'joint optimizer' rows included")
    void columnsAlign() {
        List<String> lines = lines();
        String header = lines.get(0);
        assertThat(header).startsWith("KIND");
        List<String> rows = lines.subList(1, lines.size()).stream().filter(l -> !l.startsWith("BROKEN")).toList();
        assertThat(rows).anyMatch(l -> l.startsWith("joint optimizer "));
        for (String name : HEADERS.subList(1, HEADERS.size())) {
            int start = header.indexOf(" " + name) + 1;
            assertThat(start).as("column %s in %s", name, header).isPositive();
            for (String row : rows) {
                assertThat(row.length()).as("length of '%s'", row).isGreaterThan(start);
                assertThat(row.charAt(start - 1)).as("before column %s in '%s'", name, row).isEqualTo(' ');
                assertThat(row.charAt(start)).as("start of column %s in '%s'", name, row).isNotEqualTo(' ');
            }
        }
    }

    @Test
    @DisplayName("each provider's row ends with its description, and every provider we ship has one")
    void descriptionsAppear() {
        List<String> lines = lines();
        PluginRegistry registry = PluginRegistry.load();
        for (ProviderKind<?> kind : ProviderKind.all()) {
            for (ProviderInfo p : registry.providers(kind)) {
                String description = p.provider().description();
                assertThat(description).as("description of %s %s", kind.label(), p.id()).isNotBlank();
                assertThat(lines).as("the row of %s %s", kind.label(), p.id())
                        .anyMatch(l -> l.startsWith(kind.label() + " ") && l.contains(" " + p.id() + " ") && l.endsWith(description));
            }
        }
    }

    @Test
    @DisplayName("every provider we ship that implements a published method cites its paper: authors and year")
    void descriptionsCiteTheirPapers() {
        PluginRegistry registry = PluginRegistry.load();
        for (ProviderKind<?> kind : ProviderKind.all()) {
            for (ProviderInfo p : registry.providers(kind)) {
                if (kind != ProviderKind.BACKEND) {
                    assertThat(p.provider().description()).as("description of %s %s", kind.label(), p.id())
                            .containsPattern("\\(.*[A-Z][a-z]+.* (19|20)\\d\\d\\b.*\\)");
                }
            }
        }
    }
}
