/**
 * Folders of pictures as training data: {@link org.gan4j.core.data.folder.ImageFolder#read} decodes every PNG, JPEG,
 * BMP, GIF or TIFF file of a folder (one subfolder per class, or one flat folder) into an
 * {@link org.gan4j.core.data.ImageDataset} of size × size uint8 images ({@link org.gan4j.core.data.folder.ImageMode}),
 * through a cache that later reads map from disk without decoding again.
 *
 * <p>Pictures that cannot be used are skipped with a warning and the rest are read; a folder that cannot be used as
 * a whole stops the read with a message naming it, what is wrong and the remedy. {@link
 * org.gan4j.core.data.folder.ImageFolder} lists which is which.
 */
@Experimental
package org.gan4j.core.data.folder;

import org.gan4j.api.Experimental;
