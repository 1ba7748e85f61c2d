package org.gan4j.consumertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The BOM has no parent (so that importing it manages gan4j's artifacts only), so what it shares with the parent is
 * written twice; these rules keep the two copies equal and the BOM's list complete.
 */
class BomTest {
    private static final Path ROOT = Path.of(System.getProperty("gan4j.root"));
    private static final Pom PARENT = Pom.read(ROOT.resolve("pom.xml"));
    private static final Pom BOM = Pom.read(ROOT.resolve("gan4j-bom/pom.xml"));

    @Test
    @DisplayName("the BOM has no parent and the parent's groupId and version")
    void versionIsTheParents() {
        assertThat(BOM.element("parent")).isEmpty();
        assertThat(BOM.text("groupId")).isEqualTo(PARENT.text("groupId"));
        assertThat(BOM.text("version")).isEqualTo(PARENT.text("version"));
        assertThat(BOM.all("dependencyManagement/dependencies", "dependency"))
                .allMatch(d -> Pom.child(d, "version", "").equals("${project.version}"), "at ${project.version}");
    }

    @Test
    @DisplayName("the BOM lists exactly the modules that are deployed, with gan-tf-backend's test jar, and the parent imports it")
    void listsEveryPublishedModule() throws IOException {
        List<Artifact> published = new ArrayList<>();
        for (Element module : PARENT.all("modules", "module")) {
            String name = module.getTextContent().strip();
            Pom pom = Pom.read(ROOT.resolve(name).resolve("pom.xml"));
            String pomText = Files.readString(pom.file(), StandardCharsets.UTF_8);
            if (name.equals("gan4j-bom") || pom.text("properties/maven.deploy.skip").equals("true")) {
                continue;
            }
            published.add(new Artifact(name, "jar"));
            if (pomText.contains("<goal>test-jar</goal>")) {
                published.add(new Artifact(name, "test-jar"));
            }
        }
        assertThat(Artifact.managedBy(BOM)).containsExactlyInAnyOrderElementsOf(published);
        assertThat(PARENT.all("dependencyManagement/dependencies", "dependency")).anyMatch(d ->
                Pom.child(d, "artifactId", "").equals("gan4j-bom") && Pom.child(d, "scope", "").equals("import"));
    }

    @Test
    @DisplayName("the BOM's url, licence, developers and scm are the parent's")
    void metadataIsTheParents() {
        for (String element : List.of("url", "licenses", "developers", "scm")) {
            assertThat(BOM.element(element)).as(element).isPresent();
            assertThat(Pom.normalized(BOM.element(element).orElseThrow())).as(element)
                    .isEqualTo(Pom.normalized(PARENT.element(element).orElseThrow()));
        }
    }

    @Test
    @DisplayName("the BOM pins its plugins at the parent's versions")
    void pluginVersionsAreTheParents() {
        List<Element> plugins = BOM.all("build/pluginManagement/plugins", "plugin");
        assertThat(plugins).isNotEmpty();
        for (Element plugin : plugins) {
            String name = Pom.child(plugin, "artifactId", "").replaceFirst("^maven-", "");
            assertThat(Pom.child(plugin, "version", "")).as(name).isEqualTo(PARENT.text("properties/" + name + ".version"));
        }
    }

    @Test
    @DisplayName("LICENSE, which the POMs' licence names, holds the Apache License 2.0 in full")
    void licenceTextIsThere() throws IOException {
        String licence = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
        assertThat(licence).contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS",
                "APPENDIX: How to apply the Apache License to your work.");
        assertThat(PARENT.text("licenses/license/name")).isEqualTo("Apache-2.0");
    }
}
