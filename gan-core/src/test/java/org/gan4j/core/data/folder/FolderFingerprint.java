package org.gan4j.core.data.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The SHA-256 of every regular file under a folder (links not followed, FIFOs not opened), to show nothing changed. */
final class FolderFingerprint {
    private FolderFingerprint() {
    }

    static Map<Path, String> of(Path folder) throws IOException {
        Map<Path, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isSymbolicLink(file)) {
                    sums.put(folder.relativize(file), "link to " + Files.readSymbolicLink(file));
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    sums.put(folder.relativize(file), sha256(Files.readAllBytes(file)));
                } else {
                    sums.put(folder.relativize(file), Files.isDirectory(file) ? "folder" : "special");
                }
            }
        }
        return sums;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
