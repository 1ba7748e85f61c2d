package org.gan4j.core.data.folder;

import java.util.List;
import org.gan4j.core.data.DataFormatException;

/**
 * The outcome of decoding a folder's pictures: those kept, in order (their bytes are in the pixels file in this
 * order), and those skipped, with why.
 *
 * @param kept the pictures decoded
 * @param skipped the pictures skipped
 */
record DecodedPictures(List<Picture> kept, List<Skip> skipped) {
    /**
     * A picture left out.
     *
     * @param picture the picture
     * @param reason why
     */
    record Skip(Picture picture, String reason) {
    }

    DecodedPictures {
        kept = List.copyOf(kept);
        skipped = List.copyOf(skipped);
    }

    /** @return each kept picture's class, in order */
    int[] labels() {
        return kept.stream().mapToInt(Picture::label).toArray();
    }

    /**
     * Stops when too little is left to train on: no picture at all, a class without pictures, fewer than
     * {@link ImageFolder#MIN_PICTURES}.
     *
     * @param layout the folder
     * @throws DataFormatException naming the folder or class folder, what is wrong and the remedy
     */
    void check(FolderLayout layout) {
        if (kept.isEmpty()) {
            throw new DataFormatException("none of the " + skipped.size() + " pictures of " + layout.shown() + " can be"
                    + " read; each was skipped (the warnings name each and why; the first: " + first() + "): replace"
                    + " them with pictures that open in an image viewer.");
        }
        int[] perClass = new int[layout.classNames().size()];
        kept.forEach(p -> perClass[p.label()]++);
        for (int label = 0; label < perClass.length; label++) {
            if (perClass[label] == 0) {
                throw new DataFormatException("class " + layout.classNames().get(label) + " of " + layout.shown()
                        + " has no picture that can be read; each was skipped (the warnings name each and why):"
                        + " replace them with pictures that open in an image viewer, or remove the class folder.");
            }
        }
        ImageFolder.checkEnough(layout, kept.size(), "that can be read");
    }

    private String first() {
        return skipped.get(0).picture().name() + ": " + skipped.get(0).reason();
    }
}
