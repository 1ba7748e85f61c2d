package org.gan4j.core.train;

import java.util.Map;
import org.gan4j.api.role.Generator;
import org.gan4j.api.role.Mode;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.checkpoint.SavedValues;

/**
 * A trained generator rebuilt alone from a run's saved state, without the discriminator, the loss or the
 * optimizers: it draws exactly the samples the run's {@link GanTrainer} would ({@link GanTrainer#sample()},
 * {@link GanTrainer#generate(int)}), with the generator average where the run keeps one. What {@code gan eval}
 * scores.
 */
public final class GeneratorSampler implements AutoCloseable {
    private final Computation computation;
    private final SampleDraws draws;

    /**
     * @param backend where it runs
     * @param generator a new generator of the trained architecture, not traced yet
     * @param noise the run's noise prior
     * @param config the run's schedule: its seed keys the noise, its average decides the weights sampled with
     * @param trained the run's variables by name (a checkpoint's values); the generator's, and its average's where
     *     the run keeps one, must all be there
     */
    public GeneratorSampler(Backend backend, Generator generator, NoisePrior noise, TrainingConfig config,
            Map<String, HostTensor> trained) {
        computation = backend.newComputation(config.seed());
        try {
            Ops ops = computation.ops();
            // the first trace creates the variables, as the trainer's training pass does
            generator.generate(ops, ops.constant(HostTensor.zeros(Shape.of(1, generator.latentDimension()))), Mode.INFERENCE);
            GeneratorAverage average = config.generatorAverage() > 0
                    ? new GeneratorAverage(ops, generator.variables(), config.generatorAverage()) : null;
            draws = new SampleDraws(computation, generator, average == null ? ops : average.averaged(ops), noise,
                    config.evaluationSamples());
            if (average != null) {
                average.requireReadThroughSeam();
            }
            SavedValues.writeInto(computation, computation.variables(), trained,
                    "the saved state does not fit this generator", "use the generator settings the run was trained with");
        } catch (RuntimeException e) {
            computation.close();
            throw e;
        }
    }

    /** @return samples from the run's fixed evaluation noise, as {@link GanTrainer#sample()} */
    public HostTensor sample() {
        return draws.fixed();
    }

    /**
     * @param count how many, ≥ 1
     * @return the samples {@link GanTrainer#generate(int)} gives
     */
    public HostTensor generate(int count) {
        return draws.generate(count);
    }

    @Override
    public void close() {
        computation.close();
    }
}
