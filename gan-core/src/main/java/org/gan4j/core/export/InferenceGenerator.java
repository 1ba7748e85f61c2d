package org.gan4j.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gan4j.api.role.Generator;
import org.gan4j.api.role.Mode;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.core.checkpoint.SavedValues;
import org.gan4j.core.train.NoisePrior;

/**
 * A trained generator alone, traced in {@link Mode#INFERENCE} (batch norm on its running statistics, no dropout) on
 * a noise input of any batch size, with the trained values copied in by variable name. It generates in-process and
 * exports a function {@value #SIGNATURE}: input {@value #INPUT} [n, latent] → output {@value #OUTPUT}
 * [n, sampleShape...], with a {@value #DESCRIPTION} beside it that {@link ExportedGenerator} reads.
 */
public final class InferenceGenerator implements AutoCloseable {
    /** The exported function's name. */
    public static final String SIGNATURE = "generate";
    /** Its input: latent noise. */
    public static final String INPUT = "z";
    /** Its output: samples. */
    public static final String OUTPUT = "image";
    /** The file that states the latent size and sample shape. */
    public static final String DESCRIPTION = "gan4j-generator.properties";

    private final Generator generator;
    private final NoisePrior noisePrior;
    private final Computation computation;
    private final Tensor noise;
    private final Tensor samples;
    private final CompiledStep step;

    /**
     * @param backend where it runs
     * @param generator a new generator of the trained architecture, not traced yet
     * @param trained the trained run's variables by name (a checkpoint's or a trainer's state); the generator's,
     *     running statistics included, must all be there
     * @param noisePrior the noise the generator was trained on, which its users must draw
     */
    public InferenceGenerator(Backend backend, Generator generator, Map<String, HostTensor> trained, NoisePrior noisePrior) {
        this.generator = generator;
        this.noisePrior = noisePrior;
        computation = backend.newComputation(0);
        try {
            noise = computation.input("noise", Shape.of(Shape.UNKNOWN, generator.latentDimension()), DType.FLOAT32);
            samples = generator.generate(computation.ops(), noise, Mode.INFERENCE);
            step = computation.compile(new StepDefinition(SIGNATURE, java.util.List.of(), Map.of(OUTPUT, samples)));
            SavedValues.writeInto(computation, computation.variables(), trained,
                    "the trained state does not fit this generator", "use the generator settings the run was trained with");
        } catch (RuntimeException e) {
            computation.close();
            throw e;
        }
    }

    /**
     * @param z latent noise [n, latent]
     * @return the samples [n, sampleShape...]
     */
    public HostTensor generate(HostTensor z) {
        return computation.run(step, Map.of(noise, z), 0).get(OUTPUT);
    }

    /**
     * Exports the generator: the backend's format plus {@value #DESCRIPTION}.
     *
     * @param directory a folder that does not exist yet
     */
    public void export(Path directory) {
        computation.export(directory, SIGNATURE, Map.of(INPUT, noise), Map.of(OUTPUT, samples));
        java.util.Properties p = new java.util.Properties();
        p.setProperty("signature", SIGNATURE);
        p.setProperty("input", INPUT);
        p.setProperty("output", OUTPUT);
        p.setProperty("latent", Integer.toString(generator.latentDimension()));
        p.setProperty("sample_shape", ExportedGenerator.join(generator.sampleShape().dims()));
        p.setProperty("noise", noisePrior.name().toLowerCase(java.util.Locale.ROOT));
        try (var out = Files.newBufferedWriter(directory.resolve(DESCRIPTION))) {
            p.store(out, "gan4j exported generator: " + SIGNATURE + "(" + INPUT + " [n, latent]) -> " + OUTPUT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve(DESCRIPTION), e);
        }
    }

    @Override
    public void close() {
        computation.close();
    }
}
