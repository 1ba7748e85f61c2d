package org.gan4j.core.data.folder;

import java.util.ArrayList;
import java.util.List;

/** A count of names that keeps only the first few, for messages such as {@code a, b, c and 12 more}. */
final class NameList {
    private final List<String> first = new ArrayList<>();
    private int count;

    void add(String name) {
        if (first.size() < FolderScan.NAMED) {
            first.add(name);
        }
        count++;
    }

    int count() {
        return count;
    }

    /** @return the first names, then how many more there are */
    String text() {
        return String.join(", ", first) + (count > first.size() ? " and " + (count - first.size()) + " more" : "");
    }

    /**
     * @param count how many
     * @param noun the singular, made plural with an s
     * @return e.g. {@code 1 picture}, {@code 2 pictures}
     */
    static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
