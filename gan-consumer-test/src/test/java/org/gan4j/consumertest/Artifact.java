package org.gan4j.consumertest;

import java.nio.file.Path;
import java.util.List;

/**
 * One artifact gan4j publishes: a module's main jar, its test jar, or a POM.
 *
 * @param artifactId the module's artifactId, which is also its folder in the repository
 * @param type {@code jar}, {@code test-jar} or {@code pom}
 */
record Artifact(String artifactId, String type) {
    /** The group of every gan4j artifact. */
    static final String GROUP = "org.gan4j";

    /**
     * @param bom gan4j's BOM
     * @return every artifact its {@code dependencyManagement} lists, in order
     */
    static List<Artifact> managedBy(Pom bom) {
        return bom.all("dependencyManagement/dependencies", "dependency").stream()
                .map(d -> new Artifact(Pom.child(d, "artifactId", ""), Pom.child(d, "type", "jar"))).toList();
    }

    /** @return the classifier Maven gives this type: {@code tests} for a test jar, none otherwise */
    String classifier() {
        return type.equals("test-jar") ? "tests" : "";
    }

    /** @return the file extension Maven gives this type */
    String extension() {
        return type.equals("pom") ? "pom" : "jar";
    }

    /**
     * @param root the repository's root folder
     * @param version gan4j's version
     * @return the file the build made for this artifact
     */
    Path built(Path root, String version) {
        return root.resolve(artifactId).resolve("target").resolve(fileName(version));
    }

    /** @return its file's name in a Maven repository, such as {@code gan-core-0.1.0-tests.jar} */
    String fileName(String version) {
        return artifactId + "-" + version + (classifier().isEmpty() ? "" : "-" + classifier()) + "." + extension();
    }
}
