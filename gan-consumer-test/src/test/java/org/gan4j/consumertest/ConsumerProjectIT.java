package org.gan4j.consumertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * gan4j as a Maven user gets it. The artifacts this build made (every one the BOM lists, with their sources and
 * Javadoc jars, the BOM and the parent POM) are installed into a temporary local repository seeded with the user's
 * third-party artifacts; a small project that imports the BOM ({@code src/test/consumer-project}) is built against it
 * offline, and its program trains a GAN for a few steps on the class path Maven resolved.
 */
class ConsumerProjectIT {
    private static final Path ROOT = Path.of(System.getProperty("gan4j.root"));
    private static final String VERSION = System.getProperty("gan4j.version");
    private static final Path WORK = Path.of(System.getProperty("gan4j.work"));
    private static final Pattern TRAINED = Pattern.compile("trained 5 steps on TensorFlow .*: d_loss (\\S+), g_loss (\\S+)");

    private static TemporaryRepository repository;
    private static Path project;
    private static String build;

    @BeforeAll
    static void installAndBuild() throws IOException, InterruptedException {
        delete(WORK);
        repository = TemporaryRepository.seededFrom(WORK.resolve("repository"),
                Path.of(System.getProperty("gan4j.localRepository")), Path.of("org", "gan4j"));
        installGan4j();
        project = WORK.resolve("project");
        copy(Path.of(System.getProperty("gan4j.consumerProject")), project);
        build = ChildProcess.run(List.of(maven(), "-o", "-B", "-ntp", "-Dmaven.repo.local=" + repository.root(), "package"),
                project, Map.of("JAVA_HOME", System.getProperty("java.home")), WORK.resolve("build.log"), 300);
    }

    @Test
    @DisplayName("the project that imports gan4j-bom and names gan4j's artifacts without versions builds offline")
    void builds() {
        assertThat(build).contains("BUILD SUCCESS");
        assertThat(project.resolve("target/tiny-gan-1.0.0.jar")).isRegularFile();
    }

    @Test
    @DisplayName("its run-time class path holds gan4j's jars from the temporary repository and the CPU natives, and no Guice")
    void resolvesFromTheTemporaryRepository() throws IOException {
        List<String> classPath = classPath();
        for (String module : List.of("gan-api", "gan-core", "gan-tf-backend", "gan-losses", "gan-optimizers")) {
            assertThat(classPath).as(module).contains(repository.root().resolve("org/gan4j/" + module + "/" + VERSION
                    + "/" + module + "-" + VERSION + ".jar").toString());
        }
        assertThat(classPath).anyMatch(e -> e.endsWith("-linux-x86_64.jar") && e.contains("tensorflow-core-native"));
        assertThat(classPath).noneMatch(e -> e.contains("guice"));
    }

    @Test
    @DisplayName("its program finds the loss by id in the installed gan-losses jar and trains 5 steps to finite losses")
    void runs() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // the options the build gives every JVM that loads TensorFlow, such as native access
        command.addAll(List.of(System.getProperty("gan4j.jvm.options").strip().split("\\s+")));
        command.addAll(List.of("-cp", project.resolve("target/tiny-gan-1.0.0.jar") + File.pathSeparator
                + String.join(File.pathSeparator, classPath()), "com.example.consumer.TinyGan"));
        String output = ChildProcess.run(command, project, Map.of("TF_CPP_MIN_LOG_LEVEL", "2"), WORK.resolve("run.log"), 120);
        assertThat(output).as("no JDK warning").doesNotContain("WARNING");
        assertThat(output).contains("loss non-saturating from file:"
                + repository.root().resolve("org/gan4j/gan-losses/" + VERSION + "/gan-losses-" + VERSION + ".jar"));
        Matcher trained = TRAINED.matcher(output);
        assertThat(trained.find()).as(output).isTrue();
        // Both non-saturating losses are sums of softplus terms: positive and finite
        assertThat(Double.parseDouble(trained.group(1))).isPositive().isFinite();
        assertThat(Double.parseDouble(trained.group(2))).isPositive().isFinite();
    }

    private static void installGan4j() {
        Pom bom = Pom.read(ROOT.resolve("gan4j-bom/pom.xml"));
        repository.install(new Artifact("gan4j-parent", "pom"), VERSION, ROOT.resolve("pom.xml"), "", "pom");
        repository.install(new Artifact("gan4j-bom", "pom"), VERSION, bom.file(), "", "pom");
        for (Artifact artifact : Artifact.managedBy(bom)) {
            Path built = artifact.built(ROOT, VERSION);
            assertThat(built).as("%s, built by mvn package; the BOM lists it", built).isRegularFile();
            repository.install(artifact, VERSION, built, artifact.classifier(), artifact.extension());
            repository.install(artifact, VERSION, ROOT.resolve(artifact.artifactId()).resolve("pom.xml"), "", "pom");
            if (artifact.type().equals("jar")) {
                for (String extra : List.of("sources", "javadoc")) {
                    Path jar = built.resolveSibling(artifact.artifactId() + "-" + VERSION + "-" + extra + ".jar");
                    assertThat(jar).as("the %s jar of %s", extra, artifact.artifactId()).isRegularFile();
                    repository.install(artifact, VERSION, jar, extra, "jar");
                }
            }
        }
    }

    private static List<String> classPath() throws IOException {
        String text = Files.readString(project.resolve("target/classpath.txt"), StandardCharsets.UTF_8).strip();
        return Arrays.asList(text.split(File.pathSeparator));
    }

    /** @return Maven's launcher: the one running this build, else {@code mvn} on the path */
    private static String maven() {
        String home = System.getProperty("gan4j.mavenHome", "");
        Path launcher = Path.of(home, "bin", "mvn");
        return !home.isEmpty() && Files.isExecutable(launcher) ? launcher.toString() : "mvn";
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
