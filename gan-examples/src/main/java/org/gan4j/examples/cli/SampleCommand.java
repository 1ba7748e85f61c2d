package org.gan4j.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gan4j.api.spi.Backend;
import org.gan4j.core.export.ExportedGenerator;
import org.gan4j.core.export.InferenceGenerator;
import org.gan4j.core.registry.PluginRegistry;
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

    @Option(names = "--n", defaultValue = "64", description = "how many images (default: ${DEFAULT-VALUE})")
    private int count;

    @Option(names = "--seed", defaultValue = "1", description = "the noise's seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", defaultValue = "grid.png", description = "the PNG to write (default: ${DEFAULT-VALUE})")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            throw new InvalidArgumentException("--n", count, "it must be an integer >= 1");
        }
        if (!java.nio.file.Files.isRegularFile(model.resolve(InferenceGenerator.DESCRIPTION))) {
            throw new InvalidArgumentException("--model", model, "it is not an exported generator ("
                    + InferenceGenerator.DESCRIPTION + " is missing); pass the generator/ folder of a gan train run on images");
        }
        Backend backend = RunFlags.backend(spec.commandLine().getParseResult(), PluginRegistry.load());
        try (ExportedGenerator generator = ExportedGenerator.load(backend, model)) {
            ImageGrid.write(out, generator.generate(generator.noise(count, seed)));
        }
        spec.commandLine().getOut().println("wrote " + count + " images to " + out.toAbsolutePath());
        return 0;
    }
}
