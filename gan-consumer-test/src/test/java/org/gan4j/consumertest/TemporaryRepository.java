package org.gan4j.consumertest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A Maven local repository in a folder of its own, for a build that must not see or touch the user's
 * {@code ~/.m2/repository}: third-party artifacts are taken from the user's repository, gan4j's are installed from
 * the folders the build wrote them to.
 *
 * <p>Taking the user's repository leaves it as it is: its folders are made anew here, its jars are linked (they are
 * large and never written to) and every other file (POMs, checksums, Maven's bookkeeping) is copied, so whatever
 * Maven writes lands here.
 */
final class TemporaryRepository {
    private final Path root;

    private TemporaryRepository(Path root) {
        this.root = root;
    }

    /**
     * @param root an empty or missing folder for the repository
     * @param user the user's local repository
     * @param skipped a group's folder in it, relative to it (such as {@code org/gan4j}), that is not taken
     * @return the repository, holding the user's artifacts except the skipped group's
     */
    static TemporaryRepository seededFrom(Path root, Path user, Path skipped) throws IOException {
        Files.createDirectories(root);
        Path excluded = user.resolve(skipped);
        try (Stream<Path> files = Files.walk(user)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                if (source.startsWith(excluded)) {
                    continue;
                }
                Path target = root.resolve(user.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (source.getFileName().toString().endsWith(".jar")) {
                    Files.createSymbolicLink(target, source.toAbsolutePath());
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return new TemporaryRepository(root);
    }

    /** @return the repository's folder, for {@code -Dmaven.repo.local} */
    Path root() {
        return root;
    }

    /**
     * Installs a file as Maven's install plugin would lay it out: {@code group/artifact/version/file}.
     *
     * @param artifact what the file is
     * @param version its version
     * @param file the file built or written for it
     * @param classifier "" for the main file, else such as {@code sources}
     * @param extension {@code jar} or {@code pom}
     * @return where it was installed
     */
    Path install(Artifact artifact, String version, Path file, String classifier, String extension) {
        Path folder = root.resolve(Artifact.GROUP.replace('.', '/')).resolve(artifact.artifactId()).resolve(version);
        String name = artifact.artifactId() + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "."
                + extension;
        try {
            Files.createDirectories(folder);
            return Files.copy(file, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install " + file + " into " + folder, e);
        }
    }
}
