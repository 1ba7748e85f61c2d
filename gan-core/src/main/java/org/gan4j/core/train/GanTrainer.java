package org.gan4j.core.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.RegularizerInputs;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.role.WeightTransform;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;

/**
 * Trains a {@link GanSetup}: traces both players once, compiles a discriminator step, a generator step and a
 * sampling step, then runs {@code discriminatorSteps} D steps and one G step per training step, each one
 * native call with its scalars fetched in the same call.
 *
 * <p>Reproducible: batch i, the noise of every run (keyed by a tick that counts runs) and all initial values
 * follow from the seed, so two runs with the same configuration produce bit-identical losses.
 */
public final class GanTrainer implements AutoCloseable {
    private static final String NOISE_STREAM = "noise";
    private static final String EVALUATION_NOISE_STREAM = "evaluation_noise";
    private static final long EVALUATION_TICK = -1;

    private final GanSetup setup;
    private final TrainingConfig config;
    private final Computation computation;
    private final Tensor realInput;
    private final CompiledStep discriminatorStep;
    private final CompiledStep generatorStep;
    private final CompiledStep sampleStep;
    private long completedSteps;

    /**
     * Builds and compiles the computation.
     *
     * @param setup the parts
     * @param config the schedule
     */
    public GanTrainer(GanSetup setup, TrainingConfig config) {
        this.setup = setup;
        this.config = config;
        this.computation = setup.backend().newComputation(config.seed());
        try {
            Ops ops = computation.ops();
            realInput = computation.input("real", setup.data().sampleShape().prepend(config.batchSize()), DType.FLOAT32);
            int latent = setup.generator().latentDimension();
            Tensor fake = setup.generator().generate(ops, ops.randomNormal(Shape.of(config.batchSize(), latent), NOISE_STREAM));
            List<WeightTransform> transforms = setup.regularizers().stream()
                    .flatMap(r -> r.weightTransform().stream()).toList();
            if (transforms.size() > 1) {
                throw new org.gan4j.api.GanException(transforms.size() + " regularizers transform the discriminator's "
                        + "weights; at most one may (for example, spectral-norm); remove the others");
            }
            WeightTransformingOps transformingOps = transforms.isEmpty() ? null : new WeightTransformingOps(ops, transforms);
            Ops discriminatorOps = transformingOps == null ? ops : transformingOps;
            Tensor realScores = setup.discriminator().score(discriminatorOps, realInput);
            Tensor fakeScores = setup.discriminator().score(discriminatorOps, fake);
            LossInputs scores = new LossInputs(ops, realScores, fakeScores);

            Tensor penalty = null;
            for (Regularizer r : setup.regularizers()) {
                Tensor term = r.penalty(new RegularizerInputs(discriminatorOps, realInput, fake, setup.discriminator()));
                penalty = penalty == null ? term : ops.add(penalty, term);
            }
            Tensor adversarial = setup.loss().discriminatorLoss(scores);
            Tensor dLoss = penalty == null ? adversarial : ops.add(adversarial, penalty);
            Tensor gLoss = setup.loss().generatorLoss(scores);

            List<Variable> dVars = setup.discriminator().variables();
            List<Variable> gVars = setup.generator().variables();
            List<Tensor> dGrads = ops.gradients(dLoss, dVars);
            List<Tensor> gGrads = ops.gradients(gLoss, gVars);
            UpdatePlan dPlan = setup.discriminatorOptimizer().update(ops, "D", dVars, dGrads);
            for (Regularizer r : setup.regularizers()) {
                dPlan = r.constrain(ops, dPlan);
            }
            if (transformingOps != null) {
                dPlan = merge(dPlan, transformingOps.trainingUpdate());
            }
            UpdatePlan gPlan = setup.generatorOptimizer().update(ops, "G", gVars, gGrads);

            Map<String, Tensor> dFetches = new LinkedHashMap<>();
            dFetches.put(Metrics.D_LOSS, dLoss);
            dFetches.put(Metrics.D_GRAD_NORM, norm(ops, dGrads));
            dFetches.put(Metrics.D_REAL, ops.mean(realScores));
            dFetches.put(Metrics.D_FAKE, ops.mean(fakeScores));
            if (!setup.regularizers().isEmpty()) {
                dFetches.put(Metrics.D_PENALTY, penalty);
            }
            dPlan.metrics().forEach((k, v) -> dFetches.put("d_" + k, v));
            Map<String, Tensor> gFetches = new LinkedHashMap<>();
            gFetches.put(Metrics.G_LOSS, gLoss);
            gFetches.put(Metrics.G_GRAD_NORM, norm(ops, gGrads));
            gPlan.metrics().forEach((k, v) -> gFetches.put("g_" + k, v));

            discriminatorStep = computation.compile(new StepDefinition("discriminator", dPlan.assignments(), dFetches));
            generatorStep = computation.compile(new StepDefinition("generator", gPlan.assignments(), gFetches));
            Tensor evaluationNoise = ops.randomNormal(Shape.of(config.evaluationSamples(), latent), EVALUATION_NOISE_STREAM);
            sampleStep = computation.compile(new StepDefinition("sample", List.of(),
                    Map.of("samples", setup.generator().generate(ops, evaluationNoise))));
        } catch (RuntimeException e) {
            computation.close();
            throw e;
        }
    }

    private static UpdatePlan merge(UpdatePlan a, UpdatePlan b) {
        List<org.gan4j.api.tensor.Assignment> assignments = new java.util.ArrayList<>(a.assignments());
        assignments.addAll(b.assignments());
        Map<String, Tensor> metrics = new LinkedHashMap<>(a.metrics());
        metrics.putAll(b.metrics());
        return new UpdatePlan(assignments, metrics);
    }

    /** ‖g‖ over a list of tensors: √Σ Σ g². */
    private static Tensor norm(Ops ops, List<Tensor> gradients) {
        return gradients.isEmpty() ? ops.constant(0) : ops.sqrt(ops.sumOfSquares(gradients));
    }

    /**
     * Runs the remaining steps.
     *
     * @param listeners notified of progress
     * @return the number of steps done in total
     * @throws NonFiniteValueException when a loss or gradient norm is NaN or infinite
     */
    public long train(List<TrainingListener> listeners) {
        String backend = setup.backend().description();
        listeners.forEach(l -> l.onStart(config, backend));
        long start = System.nanoTime();
        while (completedSteps < config.steps()) {
            StepMetrics metrics = step();
            listeners.forEach(l -> l.onStep(metrics));
            boolean due = config.sampleEvery() > 0 && completedSteps % config.sampleEvery() == 0;
            if (due || completedSteps == config.steps()) {
                HostTensor samples = sample();
                listeners.forEach(l -> l.onSamples(completedSteps, samples));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        listeners.forEach(l -> l.onEnd(seconds));
        return completedSteps;
    }

    /**
     * Runs one training step: {@code discriminatorSteps} D steps, then one G step. Step s uses batches
     * s·n … s·n + n − 1 and ticks s·(n + 1) … s·(n + 1) + n, so any step can be replayed exactly.
     *
     * @return what the step reported
     * @throws NonFiniteValueException when a loss or gradient norm is NaN or infinite
     */
    public StepMetrics step() {
        long step = completedSteps;
        int n = config.discriminatorSteps();
        long stepStart = System.nanoTime();
        Map<String, Double> values = new LinkedHashMap<>();
        HostTensor real = null;
        for (int k = 0; k < n; k++) {
            real = setup.data().batch(step * n + k);
            scalars(computation.run(discriminatorStep, Map.of(realInput, real), step * (n + 1) + k), values);
        }
        scalars(computation.run(generatorStep, Map.of(realInput, real), step * (n + 1) + n), values);
        completedSteps++;
        StepMetrics metrics = new StepMetrics(step, values, (System.nanoTime() - stepStart) / 1e6);
        checkFinite(metrics);
        return metrics;
    }

    private static void scalars(Map<String, HostTensor> fetched, Map<String, Double> into) {
        fetched.forEach((name, value) -> into.put(name, value.scalarValue()));
    }

    private static void checkFinite(StepMetrics metrics) {
        metrics.values().forEach((name, value) -> {
            if (!Double.isFinite(value)) {
                throw new NonFiniteValueException(metrics.step(), name, value);
            }
        });
    }

    /** @return samples from the fixed evaluation noise, [evaluationSamples, sampleShape...] */
    public HostTensor sample() {
        return computation.run(sampleStep, Map.of(), EVALUATION_TICK).get("samples");
    }

    /** @return the computation, to read or write variables */
    public Computation computation() {
        return computation;
    }

    /** @return the generator steps done */
    public long completedSteps() {
        return completedSteps;
    }

    @Override
    public void close() {
        computation.close();
    }
}
