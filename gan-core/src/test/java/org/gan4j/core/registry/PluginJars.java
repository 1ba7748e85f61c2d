package org.gan4j.core.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds third-party plugin jars at test time: compiles sources with javac and packs chosen classes. */
final class PluginJars {
    private PluginJars() {
    }

    /**
     * Compiles sources against the test class path. A source of a class that also exists there (a stand-in for an
     * older API) wins, as javac prefers sources named on its command line.
     *
     * @param sources class name → Java source
     * @return the folder holding the class files
     */
    static Path compile(Path dir, Map<String, String> sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                "-proc:none", "-Xlint:none"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null || javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("javac failed on " + sources.keySet());
        }
        return classes;
    }

    /**
     * @param jar the jar to write
     * @param classes the compiled classes folder
     * @param include the classes to pack
     * @param service the service interface the first included class is registered under
     * @param apiVersion the API version to state in the manifest, or null for none
     */
    static Path pack(Path jar, Path classes, List<String> include, Class<?> service, String apiVersion) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (apiVersion != null) {
            manifest.getMainAttributes().putValue(org.gan4j.api.ApiVersion.MANIFEST_ATTRIBUTE, apiVersion);
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String name : include) {
                String path = name.replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(path));
                out.write(Files.readAllBytes(classes.resolve(path)));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + service.getName()));
            out.write((include.get(0) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
