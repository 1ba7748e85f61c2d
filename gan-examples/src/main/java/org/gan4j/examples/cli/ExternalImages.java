package org.gan4j.examples.cli;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.data.IdxFile;
import org.gan4j.core.data.ImageDataset;
import org.gan4j.core.data.ImageSource;

/**
 * Images made anywhere else, for {@code gan eval --images}: an IDX images file ([n, h, w] unsigned bytes) or a folder
 * of pictures, made into the shape of the data they are compared with. Their labels, if any, are not used.
 */
final class ExternalImages {
    private ExternalImages() {
    }

    /**
     * @param path an IDX images file or a folder of pictures
     * @param shape the shape of one image of the data, [h, w, c]
     * @return the images, all of one class
     * @throws InvalidArgumentException naming {@code --images} when they cannot be made into that shape
     */
    static ImageDataset read(Path path, Shape shape) {
        if (Files.isDirectory(path)) {
            if (shape.size(0) != shape.size(1)) {
                throw new InvalidArgumentException("--images", path, "pictures are made into square images, but the "
                        + "data's are " + shape + "; give an IDX images file of that shape");
            }
            ImageDataset pictures = new ImageSource.Folder(path, Math.toIntExact(shape.size(0)),
                    Math.toIntExact(shape.size(2))).all();
            return unlabelled(pictures.source(), shape, pictures.pixels(), pictures.size());
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidArgumentException("--images", path, "it is neither a folder of pictures nor an IDX images "
                    + "file");
        }
        IdxFile idx = IdxFile.read(path);
        int[] dims = idx.dims();
        if (dims.length != 3 || dims[1] != shape.size(0) || dims[2] != shape.size(1) || shape.size(2) != 1) {
            throw new InvalidArgumentException("--images", path, "its images are " + Arrays.toString(dims) + " ([n, "
                    + "height, width], grey), but the data's are " + shape + " (height, width, channels)");
        }
        return unlabelled(path.toString(), shape, ByteBuffer.wrap(idx.data()), dims[0]);
    }

    private static ImageDataset unlabelled(String source, Shape shape, ByteBuffer pixels, int count) {
        return new ImageDataset(source, shape, pixels, new int[count], List.of("images"));
    }
}
