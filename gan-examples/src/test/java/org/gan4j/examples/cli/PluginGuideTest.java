package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The plugin guide shows the example plugin's build files whole, so an author who copies them gets the build that
 * the reactor runs; these checks keep the guide and the files from drifting apart.
 */
class PluginGuideTest {
    private static final Path GUIDE = Path.of("..", "docs", "writing-a-plugin.md");
    private static final Path PLUGIN = Path.of("..", "gan-plugin-example");

    /** @return the contents of the guide's fenced code blocks in the given language, in order */
    private static List<String> blocks(String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : Files.readAllLines(GUIDE, StandardCharsets.UTF_8)) {
            if (block == null && line.equals("```" + language)) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    private static String read(String file) throws IOException {
        return Files.readString(PLUGIN.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the guide's pom is gan-plugin-example/pom.xml, character for character")
    void guidePomIsTheExamplePom() throws IOException {
        List<String> poms = blocks("xml").stream().filter(b -> b.startsWith("<?xml")).toList();
        assertThat(poms).as("complete poms in the guide").hasSize(1);
        assertThat(poms.get(0)).isEqualTo(read("pom.xml"));
    }

    @Test
    @DisplayName("the guide's module-info.java is the example's, character for character")
    void guideModuleInfoIsTheExamples() throws IOException {
        assertThat(blocks("java")).as("the guide's Java blocks").contains(read("src/main/java/module-info.java"));
    }

    @Test
    @DisplayName("the example's pom pins every build plugin's version and tests on the module path")
    void examplePomPinsItsPlugins() throws IOException {
        String pom = read("pom.xml");
        for (String plugin : List.of("clean", "resources", "compiler", "surefire", "jar", "install")) {
            assertThat(pom).containsPattern("<artifactId>maven-" + plugin + "-plugin</artifactId><version>\\d+\\.\\d+\\.\\d+</version>");
        }
        assertThat(pom).contains("<maven.compiler.release>17</maven.compiler.release>").doesNotContain("useModulePath");
    }
}
