package org.gan4j.core.train;

import java.util.List;
import java.util.Map;
import org.gan4j.api.role.Condition;
import org.gan4j.api.role.Generator;
import org.gan4j.api.role.Mode;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;

/**
 * The samples a generator shows, in inference mode, from noise streams of their own: the fixed evaluation samples
 * (the pictures and the final score) and any number of metric samples (FID and the like). A trainer and a
 * {@link GeneratorSampler} rebuilt from its checkpoint draw them the same way, so they get the same samples. They
 * are unconditional ({@link Condition#none()}): a run that draws labels for its samples is a later addition.
 */
final class SampleDraws {
    private static final String EVALUATION_NOISE_STREAM = "evaluation_noise";
    private static final long EVALUATION_TICK = -1;
    private static final String METRIC_NOISE_STREAM = "metric_noise";
    private static final int METRIC_BATCH = 250;

    private final Computation computation;
    private final Generator generator;
    private final Ops samplingOps;
    private final NoisePrior noise;
    private final CompiledStep fixedStep;
    private CompiledStep metricStep;

    /**
     * Compiles the fixed samples' step.
     *
     * @param computation where the generator's variables are
     * @param generator the generator, traced before
     * @param samplingOps the ops it samples through (with averaged weights where the run keeps an average)
     * @param noise the latent noise's distribution
     * @param evaluationSamples how many fixed samples
     */
    SampleDraws(Computation computation, Generator generator, Ops samplingOps, NoisePrior noise, int evaluationSamples) {
        this.computation = computation;
        this.generator = generator;
        this.samplingOps = samplingOps;
        this.noise = noise;
        Tensor fixedNoise = noise.draw(computation.ops(), Shape.of(evaluationSamples, generator.latentDimension()),
                EVALUATION_NOISE_STREAM);
        fixedStep = computation.compile(new StepDefinition("sample", List.of(),
                Map.of("samples", generator.generate(samplingOps, fixedNoise, Condition.none(), Mode.INFERENCE))));
    }

    /** @return samples from the fixed evaluation noise, [evaluationSamples, sampleShape...] */
    HostTensor fixed() {
        return computation.run(fixedStep, Map.of(), EVALUATION_TICK).get("samples");
    }

    /**
     * @param count how many, ≥ 1
     * @return [count, sampleShape...], {@value #METRIC_BATCH} per run, run k at tick k, so the same weights always
     *     give the same samples
     */
    HostTensor generate(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("generate needs a count >= 1, got " + count);
        }
        if (metricStep == null) {
            Tensor z = noise.draw(computation.ops(), Shape.of(METRIC_BATCH, generator.latentDimension()), METRIC_NOISE_STREAM);
            metricStep = computation.compile(new StepDefinition("generate", List.of(),
                    Map.of("samples", generator.generate(samplingOps, z, Condition.none(), Mode.INFERENCE))));
        }
        Shape sample = generator.sampleShape();
        int size = Math.toIntExact(sample.numElements());
        float[] all = new float[count * size];
        for (int start = 0, run = 0; start < count; start += METRIC_BATCH, run++) {
            float[] batch = computation.run(metricStep, Map.of(), run).get("samples").toFloatArray();
            System.arraycopy(batch, 0, all, start * size, Math.min(METRIC_BATCH, count - start) * size);
        }
        return HostTensor.of(sample.prepend(count), all);
    }
}
