package org.gan4j.core.data;

/**
 * An image set's two parts: what the generator trains on, and images it never sees, against which scores of the
 * training images give the floor a perfect generator could reach.
 *
 * @param train the training images
 * @param heldOut the held-out images (an IDX set's {@code t10k} files, a folder's {@link FolderSplit held-out share})
 */
public record ImageSplits(ImageDataset train, ImageDataset heldOut) {
}
