package org.gan4j.core.data.folder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names a cache entry. {@code group}: a SHA-256 over the cache format version, the folder's real path and the mode
 * (first 16 hex digits): one folder read at one size and channels. {@code content}: a SHA-256 over all that and, for
 * each picture, its path relative to the folder, class, size in bytes and last-modified time (64 hex digits), so a
 * file changed, added or removed, another size or other channels give another entry.
 *
 * @param group the folder and mode
 * @param content the folder's pictures, as their sizes and times show them
 */
record CacheKey(String group, String content) {
    private static final int GROUP_DIGITS = 16;

    static CacheKey of(FolderLayout layout, ImageMode mode) {
        MessageDigest digest = sha256();
        update(digest, "gan4j-image-cache\t" + ImageCache.FORMAT_VERSION + "\t" + layout.shown() + "\t"
                + mode.size() + "\t" + mode.channels() + "\n");
        String group = HexFormat.of().formatHex(clone(digest).digest()).substring(0, GROUP_DIGITS);
        for (String className : layout.classNames()) {
            update(digest, "class\t" + className + "\n");
        }
        for (Picture picture : layout.pictures()) {
            update(digest, picture.name() + "\t" + picture.label() + "\t" + picture.bytes() + "\t"
                    + picture.modifiedNanos() + "\n");
        }
        return new CacheKey(group, HexFormat.of().formatHex(digest.digest()));
    }

    /** @return the entry's folder name, {@code group-content} */
    String entryName() {
        return group + "-" + content;
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest clone(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
