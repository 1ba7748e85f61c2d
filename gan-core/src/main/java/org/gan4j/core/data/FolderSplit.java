package org.gan4j.core.data;

import java.util.stream.IntStream;

/**
 * How a folder of pictures, which has no test files of its own, is split: within each class, in the order the
 * pictures are read (file path order), every {@value #HELD_OUT_EVERY}th picture (the 10th, 20th, …) is held out and
 * the rest are trained on. The rule depends on nothing but the files, so every run and every {@code gan eval} of a
 * folder splits it the same way; a class of fewer than {@value #HELD_OUT_EVERY} pictures has none held out.
 */
public final class FolderSplit {
    /** One picture in this many of each class is held out: 10%, as common train/test splits. */
    public static final int HELD_OUT_EVERY = 10;

    private FolderSplit() {
    }

    /**
     * @param all every picture, by class then path (as the folder reader orders them)
     * @return the training and held-out images
     */
    public static ImageSplits of(ImageDataset all) {
        boolean[] heldOut = new boolean[all.size()];
        int[] seen = new int[all.classes()];
        for (int i = 0; i < all.size(); i++) {
            heldOut[i] = ++seen[all.label(i)] % HELD_OUT_EVERY == 0;
        }
        return new ImageSplits(all.select(IntStream.range(0, all.size()).filter(i -> !heldOut[i]).toArray()),
                all.select(IntStream.range(0, all.size()).filter(i -> heldOut[i]).toArray()));
    }
}
