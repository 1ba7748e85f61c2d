package org.gan4j.core.export;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.gan4j.api.GanException;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.ExportedFunction;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.train.NoisePrior;

/** A generator exported by {@link InferenceGenerator#export}, loaded back: in a fresh process it gives the same samples. */
public final class ExportedGenerator implements AutoCloseable {
    private final ExportedFunction function;
    private final int latent;
    private final Shape sampleShape;
    private final NoisePrior noisePrior;

    private ExportedGenerator(ExportedFunction function, int latent, Shape sampleShape, NoisePrior noisePrior) {
        this.function = function;
        this.latent = latent;
        this.sampleShape = sampleShape;
        this.noisePrior = noisePrior;
    }

    /**
     * @param backend the backend that exported it
     * @param directory the exported folder
     * @return the generator
     * @throws GanException when the folder is not an exported generator, naming what is missing
     */
    public static ExportedGenerator load(Backend backend, Path directory) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve(InferenceGenerator.DESCRIPTION))) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new GanException(directory + " is not an exported generator: " + InferenceGenerator.DESCRIPTION
                    + " is missing");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory.resolve(InferenceGenerator.DESCRIPTION), e);
        }
        try {
            int latent = Integer.parseInt(p.getProperty("latent"));
            long[] dims = Arrays.stream(p.getProperty("sample_shape").split(",")).mapToLong(Long::parseLong).toArray();
            // exports from before the noise prior was recorded were all trained on normal noise
            NoisePrior noise = NoisePrior.valueOf(p.getProperty("noise", "normal").toUpperCase(java.util.Locale.ROOT));
            return new ExportedGenerator(backend.load(directory, p.getProperty("signature", InferenceGenerator.SIGNATURE)),
                    latent, Shape.of(dims), noise);
        } catch (RuntimeException e) {
            if (e instanceof GanException) {
                throw e;
            }
            throw new GanException(directory.resolve(InferenceGenerator.DESCRIPTION) + " is damaged (" + e
                    + "); export the generator again");
        }
    }

    /** @return the latent size */
    public int latentDimension() {
        return latent;
    }

    /** @return the shape of one sample */
    public Shape sampleShape() {
        return sampleShape;
    }

    /**
     * @param z latent noise [n, latent]
     * @return the samples [n, sampleShape...]
     */
    public HostTensor generate(HostTensor z) {
        return function.call(Map.of(InferenceGenerator.INPUT, z)).get(InferenceGenerator.OUTPUT);
    }

    /** @return the distribution of the noise it was trained on */
    public NoisePrior noisePrior() {
        return noisePrior;
    }

    /**
     * Noise from a seed, of the prior it was trained on, drawn in Java so that any process draws the same.
     *
     * @param n samples
     * @param seed the seed
     * @return [n, latent] ({@link NoisePrior#draw(int, int, long)})
     */
    public HostTensor noise(int n, long seed) {
        return noisePrior.draw(n, latent, seed);
    }

    static String join(long[] dims) {
        return String.join(",", Arrays.stream(dims).mapToObj(Long::toString).toList());
    }

    @Override
    public void close() {
        function.close();
    }
}
