package org.gan4j.core.data.folder;

import java.nio.file.Path;
import java.util.List;

/**
 * The pictures of a data folder, in order: by class, then by their path relative to the folder (String order).
 *
 * @param folder the folder's real path (links resolved)
 * @param classNames the classes, by label: the class folders' names sorted, or the folder's own name when it is
 *     flat
 * @param pictures every picture file
 */
record FolderLayout(Path folder, List<String> classNames, List<Picture> pictures) {
    FolderLayout {
        classNames = List.copyOf(classNames);
        pictures = List.copyOf(pictures);
    }

    /** @return the folder as messages show it */
    String shown() {
        return PathText.show(folder);
    }
}
