package org.gan4j.core.data;

import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * How a folder of pictures, which has no test files of its own, is split: within each class, in the order the
 * pictures are read (file path order), every {@value #HELD_OUT_EVERY}th picture (the 10th, 20th, …) is held out and
 * the rest are trained on. The rule depends on nothing but the files, so every run and every {@code gan eval} of a
 * folder splits it the same way; a class of fewer than {@value #HELD_OUT_EVERY} pictures has none held out. Each
 * split is then put in one fixed shuffled order (Fisher–Yates from {@value #ORDER_SEED}), as IDX files come, so that
 * its first N images are a fair sample of all classes (the image scores compare the first N).
 */
public final class FolderSplit {
    /** One picture in this many of each class is held out: 10%, as common train/test splits. */
    public static final int HELD_OUT_EVERY = 10;
    /** The seed of the splits' order; a constant, so that the order depends on the files alone. */
    public static final long ORDER_SEED = 0;

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
        return new ImageSplits(inFixedOrder(all, i -> !heldOut[i]), inFixedOrder(all, i -> heldOut[i]));
    }

    private static ImageDataset inFixedOrder(ImageDataset all, IntPredicate member) {
        return all.select(Shuffle.inPlace(IntStream.range(0, all.size()).filter(member).toArray(), ORDER_SEED));
    }
}
