package org.gan4j.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.export.ExportedGenerator;
import org.gan4j.core.export.InferenceGenerator;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.run.Memory;
import org.gan4j.examples.output.ImageGrid;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gan sample}: loads a generator exported by {@code gan train} and writes a PNG grid of its images for noise
 * drawn from a seed ({@link ExportedGenerator#noise}, of the prior it was trained on), the same images in any process.
 */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = RunFlags.ForBackend.class,
        description = "Generate images from an exported generator (the generator/ folder of a gan train run on images) "
                + "and write them as a PNG grid.")
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "DIR", description = "the exported generator")
    private Path model;

    /** The most images: a 256 × 256 grid, 7,425 pixels square for 28 × 28 images, far past what a screen shows. */
    static final int MAX_IMAGES = 65_536;

    @Option(names = "--n", defaultValue = "64", description = "how many images, at most " + MAX_IMAGES
            + " (default: ${DEFAULT-VALUE})")
    private long count;

    @Option(names = "--seed", defaultValue = "1", description = "the noise's seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", defaultValue = "grid.png", description = "the PNG to write (default: ${DEFAULT-VALUE})")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (count < 1 || count > MAX_IMAGES) {
            throw new InvalidArgumentException("--n", count, "it must be an integer between 1 and " + MAX_IMAGES);
        }
        if (Files.isDirectory(out)) {
            throw new InvalidArgumentException("--out", out, "it is a folder; name the PNG file to write, such as "
                    + out.resolve("grid.png"));
        }
        if (!Files.isRegularFile(model.resolve(InferenceGenerator.DESCRIPTION))) {
            throw new InvalidArgumentException("--model", model, "it is not an exported generator ("
                    + InferenceGenerator.DESCRIPTION + " is missing); pass the generator/ folder of a gan train run on images");
        }
        Backend backend = RunFlags.backend(spec.commandLine().getParseResult(), PluginRegistry.load());
        try (ExportedGenerator generator = ExportedGenerator.load(backend, model)) {
            Shape image = generator.sampleShape();
            HeapBudget.require("--n", count, heapPerImage(generator), count + " images of " + image.size(0) + " × "
                    + image.size(1) + " (their noise, values and grid)", Memory.ofThisProcess());
            ImageGrid.write(out, generator.generate(generator.noise((int) count, seed)));
        }
        spec.commandLine().getOut().println("wrote " + count + " images to " + out.toAbsolutePath());
        return 0;
    }

    /**
     * @return the Java heap one image takes, in floats and pixels of 4 bytes: its noise, its values twice (as fetched,
     *     and as read for the grid) and its cell of the grid twice (the image, and the PNG encoder's copy at most)
     */
    private static long heapPerImage(ExportedGenerator generator) {
        Shape image = generator.sampleShape();
        return 4 * (generator.latentDimension() + 2 * image.numElements() + 2 * (image.size(0) + 1) * (image.size(1) + 1));
    }
}
