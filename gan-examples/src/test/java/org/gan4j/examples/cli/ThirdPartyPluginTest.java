package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.gan4j.api.ApiVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third-party plugin of {@code gan-plugin-example}, built outside the reactor as its author would: javac sees
 * its sources and gan-api, nothing else of ours; the jar goes on the CLI's class path.
 */
class ThirdPartyPluginTest {
    private static final Path PLUGIN = Path.of("..", "gan-plugin-example", "src", "main");
    @TempDir
    static Path dir;
    private static Path jar;

    @BeforeAll
    static void buildPluginJar() throws IOException {
        String ganApi = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains("gan-api")).findFirst().orElseThrow();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
                "--module-path", ganApi, "--module-version", "1.0.0", "-proc:none", "-Xlint:none"));
        try (Stream<Path> sources = Files.walk(PLUGIN.resolve("java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
                .as("javac of the plugin against gan-api alone").isZero();
        jar = pack(classes, PLUGIN.resolve("resources"), dir.resolve("gan-plugin-example.jar"));
    }

    private static Path pack(Path classes, Path resources, Path target) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(ApiVersion.MANIFEST_ATTRIBUTE, ApiVersion.CURRENT);
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "1.0.0");
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> entries = Stream.concat(Files.walk(classes), Files.walk(resources))) {
            for (Path p : entries.filter(Files::isRegularFile).toList()) {
                Path root = p.startsWith(classes) ? classes : resources;
                out.putNextEntry(new JarEntry(root.relativize(p).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        return target;
    }

    private static String run(String... args) throws Exception {
        String classPath = System.getProperty("java.class.path") + File.pathSeparator + jar;
        Path log = Files.createTempFile(dir, "gan-", ".log");
        return ChildJvm.finish(ChildJvm.start(classPath, log, args), log, 120);
    }

    @Test
    @DisplayName("gan plugins lists the plugin's loss when its jar is on the class path")
    void listed() throws Exception {
        assertThat(run("plugins")).containsPattern("loss +relativistic-hinge +1\\.0\\.0 +\\S*gan-plugin-example\\.jar");
    }

    @Test
    @DisplayName("on the module path, the plugin is found through the provides clause of its module-info")
    void foundOnTheModulePath() throws Exception {
        Path log = Files.createTempFile(dir, "gan-", ".log");
        String output = ChildJvm.finish(ChildJvm.startOnModulePath(List.of(jar), log, "plugins"), log, 120);
        assertThat(output).containsPattern("loss +relativistic-hinge +1\\.0\\.0 +\\S*gan-plugin-example\\.jar");
    }

    @Test
    @DisplayName("gan train --loss relativistic-hinge trains with it and records it in the summary")
    void trainsWithIt() throws Exception {
        Path out = dir.resolve("run");
        run("train", "--loss", "relativistic-hinge:margin=1", "--steps", "40", "--out", out.toString());
        assertThat(Files.readString(out.resolve("summary.json"))).contains("relativistic-hinge");
    }
}
