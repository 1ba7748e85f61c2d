package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Checkpoints, manifests and plugin data are read as data: no class of ours may deserialize Java objects. */
class NoJavaDeserializationTest {
    private static final List<String> FORBIDDEN = List.of("java/io/ObjectInputStream", "java/beans/XMLDecoder");
    private static final List<String> MODULES = List.of("gan-api", "gan-core", "gan-losses", "gan-optimizers",
            "gan-tf-backend", "gan-examples");

    @Test
    @DisplayName("no class in our modules refers to ObjectInputStream or XMLDecoder (every module's classes are scanned)")
    void noDeserialization() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        Map<String, Integer> scanned = new TreeMap<>();
        List<String> offenders = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            String name = path.getFileName().toString();
            String module = MODULES.stream().filter(m -> path.startsWith(repository.resolve(m))
                    || name.matches(m + "-\\d.*\\.jar")).findFirst().orElse(null);
            if (module == null || path.toString().contains("test-classes") || name.endsWith("-tests.jar")) {
                continue;
            }
            for (Map.Entry<String, byte[]> c : classes(path).entrySet()) {
                scanned.merge(module, 1, Integer::sum);
                String text = new String(c.getValue(), StandardCharsets.ISO_8859_1);
                FORBIDDEN.stream().filter(text::contains).forEach(f -> offenders.add(c.getKey() + " uses " + f));
            }
        }
        assertThat(scanned.keySet()).containsExactlyInAnyOrderElementsOf(MODULES);
        assertThat(offenders).isEmpty();
    }

    private static Map<String, byte[]> classes(Path root) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.filter(p -> p.toString().endsWith(".class")).toList()) {
                    classes.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        } else if (root.toString().endsWith(".jar")) {
            try (JarFile jar = new JarFile(root.toFile())) {
                for (JarEntry e : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                    classes.put(e.getName(), jar.getInputStream(e).readAllBytes());
                }
            }
        }
        return classes;
    }
}
