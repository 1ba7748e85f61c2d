package org.gan4j.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of run folders for tests that change or resume them. */
final class RunFolders {
    private RunFolders() {
    }

    /**
     * @param source a folder
     * @param target where its copy goes; created
     * @return {@code target}
     */
    static Path copy(Path source, Path target) throws IOException {
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : all.toList()) {
                Path copy = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        }
        return target;
    }
}
