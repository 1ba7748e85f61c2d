package org.gan4j.core.data;

import java.nio.file.Path;
import org.gan4j.core.data.folder.ImageFolder;
import org.gan4j.core.data.folder.ImageMode;
import org.gan4j.core.data.folder.LoggingReadListener;

/** Where a run's images come from, and how they are read into training and held-out images. */
public sealed interface ImageSource permits ImageSource.Idx, ImageSource.Folder {
    /** @return the folder the files are in */
    Path folder();

    /**
     * @return the training and held-out images
     * @throws DataNotFoundException when files are missing
     * @throws DataFormatException when files are corrupt
     */
    ImageSplits load();

    /** @return the training images (for IDX files, without reading the held-out ones) */
    default ImageDataset train() {
        return load().train();
    }

    /**
     * A pair of IDX splits: {@code train-} and {@code t10k-} image and label files, as MNIST and Fashion-MNIST ship.
     *
     * @param folder where the files are
     */
    record Idx(Path folder) implements ImageSource {
        /** The training images' file name (optionally with {@code .gz}). */
        public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";

        @Override
        public ImageSplits load() {
            return new ImageSplits(train(), ImageDataset.load(folder, "t10k"));
        }

        @Override
        public ImageDataset train() {
            return ImageDataset.load(folder, "train");
        }
    }

    /**
     * A folder of pictures (PNG, JPEG, BMP, GIF), flat or one subfolder per class, each resized and centre-cropped to
     * a square of {@code size} and made grey or RGB; held out as {@link FolderSplit} says.
     *
     * @param folder the pictures' folder
     * @param size the side of the images
     * @param channels 1 (grey) or 3 (RGB)
     */
    record Folder(Path folder, int size, int channels) implements ImageSource {
        @Override
        public ImageSplits load() {
            return FolderSplit.of(all());
        }

        /**
         * @return every picture, by class then path, with its class, through the image cache
         *     ({@link ImageFolder#defaultCacheRoot()}); what is skipped, and the progress, are logged
         */
        public ImageDataset all() {
            return ImageFolder.read(folder, new ImageMode(size, channels), ImageFolder.defaultCacheRoot(),
                    new LoggingReadListener());
        }
    }
}
