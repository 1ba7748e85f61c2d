package org.gan4j.examples.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.core.train.TrainingListener;

/** Writes {@code samples-<step>.png}, an {@link ImageGrid} of the generator's images from fixed noise, whenever the trainer sends samples. */
public final class ImageGridWriter implements TrainingListener {
    private final Path folder;

    /** @param folder where the PNGs go */
    public ImageGridWriter(Path folder) {
        this.folder = folder;
    }

    @Override
    public void onSamples(long step, HostTensor samples) {
        try {
            ImageGrid.write(folder.resolve(String.format("samples-%06d.png", step)), samples);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample grid in " + folder, e);
        }
    }
}
