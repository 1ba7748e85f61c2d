package org.gan4j.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gan4j.examples.runfolder.RunFiles;

/** Copies and fingerprints of run folders for tests that change or resume them. */
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

    /**
     * @param root a folder
     * @return every file under it by relative path, with its SHA-256 ("folder" for folders); the run folders' lock
     *     files are left out, since a command that only reads a folder still holds its lock for a while
     */
    static Map<String, String> fingerprint(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                if (p.getFileName().toString().equals(RunFiles.LOCK)) {
                    continue;
                }
                files.put(root.relativize(p).toString(), Files.isDirectory(p) ? "folder"
                        : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
