package org.gan4j.core.data.folder;

import java.nio.file.Path;

/**
 * Paths as messages show them. A name that is not valid UTF-8 (Java reads its bad bytes as U+FFFD) or holds control
 * characters is shown with its bytes percent-escaped, as in a {@code file:} URI: the file {@code \xff.png} shows as
 * {@code %FF.png}. Other names are shown as they are.
 *
 * @since 0.1
 */
public final class PathText {
    private PathText() {
    }

    /**
     * @param path a path, relative or absolute
     * @return it as text, each name escaped where needed
     */
    public static String show(Path path) {
        if (printable(path.toString())) {
            return path.toString();
        }
        StringBuilder text = new StringBuilder(path.isAbsolute() ? path.getRoot().toString() : "");
        for (int i = 0; i < path.getNameCount(); i++) {
            text.append(i == 0 ? "" : path.getFileSystem().getSeparator()).append(showName(path.getName(i)));
        }
        return text.toString();
    }

    private static String showName(Path name) {
        if (printable(name.toString())) {
            return name.toString();
        }
        // A Unix path keeps the name's bytes, and toUri() percent-encodes those bytes (not the decoded text).
        String raw = name.getFileSystem().getPath("/").resolve(name).toUri().getRawPath();
        String escaped = raw.substring(1);
        return escaped.endsWith("/") ? escaped.substring(0, escaped.length() - 1) : escaped;
    }

    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }
}
