package org.gan4j.core.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToIntFunction;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Condition;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.role.Game;
import org.gan4j.api.role.LossInputs;
import org.gan4j.api.role.Mode;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.role.RegularizerInputs;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.Assignment;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Ops;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.data.Batch;
import org.gan4j.core.run.Memory;

/**
 * Trains a {@link GanSetup}: traces both players once and compiles its phases and a sampling step. With
 * {@link PlayerUpdates.Separate} optimizers a training step is {@code discriminatorSteps} D steps and one G
 * step; with {@link PlayerUpdates.Simultaneous} optimizers it is one run that updates both from the same point; with
 * a {@link PlayerUpdates.Joint} optimizer it is one game step on f = −L<sub>D</sub>, G minimizing and
 * D maximizing. Each run is one native call with its scalars fetched in the same call.
 *
 * <p>A regularizer with a penalty interval k &gt; 1 (lazy regularization, {@link PenaltySchedule}) gets a D update
 * compiled with its penalty (times k) and one without, and D update r runs the one with it when r mod k = 0: the
 * others compute none of it. Both variants trace the same optimizer state.
 *
 * <p>Reproducible: batch i, the noise of every run (keyed by a tick that counts runs) and all initial values
 * follow from the seed, so two runs with the same configuration produce bit-identical losses.
 */
public final class GanTrainer implements AutoCloseable {
    private static final String NOISE_STREAM = "noise";
    private static final long EVALUATION_TICK = -1;

    private final GanSetup setup;
    private final TrainingConfig config;
    private final Computation computation;
    /** The fed inputs, one per part of the data's batches. */
    private final Map<String, Tensor> inputs;
    private final List<Phase> phases;
    /** Runs per training step that draw a fresh batch (B), and runs in all (R); fixed by the phases. */
    private final int batchesPerStep;
    private final int runsPerStep;
    private final SampleDraws draws;
    private final GeneratorAverage average;
    /** Which penalties each D update adds. */
    private final PenaltySchedule schedule;
    private CompiledStep averageStep;
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
            inputs = new LinkedHashMap<>();
            setup.data().parts().forEach((name, shape) -> inputs.put(name,
                    computation.input(name, shape.prepend(config.batchSize()), DType.FLOAT32)));
            Tensor real = inputs.get(Batch.SAMPLES);
            Map<String, Tensor> conditionParts = new LinkedHashMap<>(inputs);
            conditionParts.remove(Batch.SAMPLES);
            // generated samples are drawn for the real batch's condition (its labels, say), so D compares like with like
            Condition condition = new Condition(conditionParts);
            int latent = setup.generator().latentDimension();
            Tensor fake = setup.generator().generate(ops, setup.noise().draw(ops, Shape.of(config.batchSize(), latent),
                    NOISE_STREAM), condition, Mode.TRAINING);
            UpdatePlan generatorWrites = UpdatePlan.of(setup.generator().trainingUpdates());
            TransformedWeights transformed = transformedWeights(ops);
            Ops discriminatorOps = transformed == null ? ops : ops.withWeights(transformed);
            // D∘T with the setup's augmentation T, for the losses and the regularizers alike; D itself without one
            Discriminator discriminator = AugmentedDiscriminator.of(setup.discriminator(), setup.augmentation());
            Tensor realScores = discriminator.score(discriminatorOps, real, condition, Mode.TRAINING);
            Tensor fakeScores = discriminator.score(discriminatorOps, fake, condition, Mode.TRAINING);
            StepMemory.require(computation.tensorBytes(), 4 * computation.variables().stream()
                    .mapToLong(v -> v.shape().numElements()).sum(), config.batchSize(), Memory.ofThisProcess());
            List<Assignment> discriminatorState = setup.discriminator().trainingUpdates();
            LossInputs scores = new LossInputs(ops, realScores, fakeScores);

            List<Tensor> penalties = new ArrayList<>();
            for (Regularizer r : setup.regularizers()) {
                penalties.add(r.penalty(new RegularizerInputs(discriminatorOps, real, fake, discriminator, condition)));
            }
            schedule = new PenaltySchedule(setup.regularizers());
            Tensor adversarial = setup.loss().discriminatorLoss(scores);
            Tensor gLoss = setup.loss().generatorLoss(scores);

            List<Variable> dVars = setup.discriminator().variables();
            List<Variable> gVars = setup.generator().variables();
            Tensor meanReal = ops.mean(realScores);
            Tensor meanFake = ops.mean(fakeScores);
            List<DiscriminatorObjective> dObjectives = new ArrayList<>();
            for (int variant = 0; variant < schedule.variants(); variant++) {
                Tensor penalty = schedule.penalty(ops, penalties, variant);
                Tensor dLoss = penalty == null ? adversarial : ops.add(adversarial, penalty);
                List<Tensor> dGrads = ops.gradients(dLoss, dVars);
                Map<String, Tensor> dFetches = new LinkedHashMap<>();
                dFetches.put(Metrics.D_LOSS, dLoss);
                dFetches.put(Metrics.D_GRAD_NORM, norm(ops, dGrads));
                dFetches.put(Metrics.D_REAL, meanReal);
                dFetches.put(Metrics.D_FAKE, meanFake);
                if (!setup.regularizers().isEmpty()) {
                    dFetches.put(Metrics.D_PENALTY, penalty == null ? ops.constant(0) : penalty);
                }
                dObjectives.add(new DiscriminatorObjective(dLoss, dGrads, dFetches, schedule.suffix(variant)));
            }
            List<Tensor> gGrads = ops.gradients(gLoss, gVars);
            Map<String, Tensor> gFetches = new LinkedHashMap<>();
            gFetches.put(Metrics.G_LOSS, gLoss);
            gFetches.put(Metrics.G_GRAD_NORM, norm(ops, gGrads));

            average = config.generatorAverage() > 0 ? new GeneratorAverage(ops, gVars, config.generatorAverage()) : null;
            if (transformed != null) {
                transformed.requireReadThroughSeam(dVars);
            }
            UpdatePlan discriminatorWrites = merge(UpdatePlan.of(discriminatorState),
                    transformed == null ? UpdatePlan.of(List.of()) : transformed.trainingUpdate());
            Traced traced = new Traced(ops, dVars, gVars, dObjectives, gGrads, gFetches, discriminatorWrites,
                    generatorWrites);
            if (setup.updates() instanceof PlayerUpdates.Separate separate) {
                phases = separatePhases(traced, separate.discriminator(), separate.generator());
            } else if (setup.updates() instanceof PlayerUpdates.Simultaneous simultaneous) {
                phases = simultaneousPhases(traced, simultaneous);
            } else {
                phases = jointPhases(traced, (PlayerUpdates.Joint) setup.updates());
            }
            batchesPerStep = phases.stream().filter(Phase::drawsData).mapToInt(Phase::repeats).sum();
            runsPerStep = phases.stream().mapToInt(Phase::repeats).sum();
            draws = new SampleDraws(computation, setup.generator(), samplingOps(ops), setup.noise(),
                    config.evaluationSamples());
            if (average != null) {
                average.requireReadThroughSeam();
            }
        } catch (RuntimeException e) {
            computation.close();
            throw e;
        }
    }

    /** @return the view of D's weights that the regularizers' weight transform makes, or null when none has one */
    private TransformedWeights transformedWeights(Ops ops) {
        List<Regularizer> transforming = setup.regularizers().stream().filter(r -> r.weightTransform().isPresent()).toList();
        if (transforming.size() > 1) {
            throw new GanException(transforming.size() + " regularizers transform the discriminator's "
                    + "weights; at most one may (for example, spectral-norm); remove the others");
        }
        return transforming.isEmpty() ? null : new TransformedWeights(ops, transforming.get(0).weightTransform().get(),
                "the regularizer " + transforming.get(0).getClass().getSimpleName());
    }

    /**
     * What the phases are compiled from.
     *
     * @param discriminator L<sub>D</sub>, its gradients and its scalars, for each variant of the {@link #schedule}
     * @param discriminatorWrites writes every D update adds (a weight transform's state)
     * @param generatorWrites writes every G update adds (batch normalization's running statistics)
     */
    private record Traced(Ops ops, List<Variable> dVars, List<Variable> gVars, List<DiscriminatorObjective> discriminator,
            List<Tensor> gGrads, Map<String, Tensor> gFetches, UpdatePlan discriminatorWrites, UpdatePlan generatorWrites) {
    }

    /**
     * L<sub>D</sub> with the penalties one variant of the {@link PenaltySchedule} adds.
     *
     * @param suffix the variant's suffix for the names of compiled steps
     */
    private record DiscriminatorObjective(Tensor loss, List<Tensor> gradients, Map<String, Tensor> fetches, String suffix) {
    }

    /** A player's update plan and the scalars its run reports. */
    private record PlayerPlan(UpdatePlan plan, Map<String, Tensor> fetches) {
    }

    /**
     * The ops to trace an update rule with for a variant: variant 0 creates the rule's state, the others share it.
     *
     * @param rule the rule, for messages
     */
    private Ops tracingOps(Ops ops, int variant, String rule) {
        return variant == 0 ? ops : RetracedUpdates.over(ops, computation.variables(), rule + " (traced once for each "
                + "variant of the discriminator update that lazy regularization, a penalty interval > 1, makes)");
    }

    private PlayerPlan discriminatorPlan(Traced t, int variant, Optimizer optimizer) {
        Ops ops = tracingOps(t.ops(), variant, "D's optimizer");
        DiscriminatorObjective d = t.discriminator().get(variant);
        UpdatePlan plan = merge(constrained(ops, optimizer.update(ops, "D", t.dVars(), d.gradients()), t.dVars()),
                t.discriminatorWrites());
        Map<String, Tensor> fetches = new LinkedHashMap<>(d.fetches());
        plan.metrics().forEach((k, v) -> fetches.put("d_" + k, v));
        return new PlayerPlan(plan, fetches);
    }

    private PlayerPlan generatorPlan(Traced t, Optimizer optimizer) {
        UpdatePlan plan = merge(optimizer.update(t.ops(), "G", t.gVars(), t.gGrads()), t.generatorWrites());
        if (average != null) {
            plan = average.following(t.ops(), plan);
        }
        Map<String, Tensor> fetches = new LinkedHashMap<>(t.gFetches());
        plan.metrics().forEach((k, v) -> fetches.put("g_" + k, v));
        return new PlayerPlan(plan, fetches);
    }

    /** Both players' plans: D's for each variant of the {@link #schedule}, in order of variant, and G's. */
    private record PlayerPlans(List<PlayerPlan> discriminator, PlayerPlan generator) {
    }

    /** Traces variant 0's D plan first and G's right after it, as before lazy variants existed, then the others. */
    private PlayerPlans playerPlans(Traced t, Optimizer discriminator, Optimizer generator) {
        List<PlayerPlan> dPlans = new ArrayList<>(List.of(discriminatorPlan(t, 0, discriminator)));
        PlayerPlan gPlan = generatorPlan(t, generator);
        for (int variant = 1; variant < schedule.variants(); variant++) {
            dPlans.add(discriminatorPlan(t, variant, discriminator));
        }
        return new PlayerPlans(dPlans, gPlan);
    }

    /**
     * {@code discriminatorSteps} D runs, each on a fresh batch, then one G run on the last batch. D run r of the whole
     * training uses the compiled variant with the penalties the schedule adds to update r.
     */
    private List<Phase> separatePhases(Traced t, Optimizer discriminator, Optimizer generator) {
        PlayerPlans p = playerPlans(t, discriminator, generator);
        List<CompiledStep> dSteps = new ArrayList<>();
        for (PlayerPlan d : p.discriminator()) {
            dSteps.add(computation.compile(new StepDefinition("discriminator" + t.discriminator().get(dSteps.size()).suffix(),
                    d.plan().assignments(), d.fetches())));
        }
        PlayerPlan g = p.generator();
        CompiledStep gStep = computation.compile(new StepDefinition("generator", g.plan().assignments(), g.fetches()));
        return List.of(new Phase(dSteps, schedule::variantOf, config.discriminatorSteps(), true),
                new Phase(List.of(gStep), run -> 0, 1, false));
    }

    /** One run per training step on a fresh batch that computes both players' updates and applies them together. */
    private List<Phase> simultaneousPhases(Traced t, PlayerUpdates.Simultaneous optimizers) {
        if (config.discriminatorSteps() != 1) {
            throw new GanException("simultaneous updates move both players once per step, so critic steps = "
                    + config.discriminatorSteps() + " cannot be honoured; use 1, or alternating updates");
        }
        PlayerPlans p = playerPlans(t, optimizers.discriminator(), optimizers.generator());
        List<CompiledStep> steps = new ArrayList<>();
        for (PlayerPlan d : p.discriminator()) {
            Map<String, Tensor> fetches = new LinkedHashMap<>(d.fetches());
            fetches.putAll(p.generator().fetches());
            steps.add(computation.compile(new StepDefinition("simultaneous" + t.discriminator().get(steps.size()).suffix(),
                    merge(d.plan(), p.generator().plan()).assignments(), fetches)));
        }
        return List.of(new Phase(steps, schedule::variantOf, 1, true));
    }

    /**
     * One game run per training step on a fresh batch, cycling through the joint optimizer's plans: game step s
     * applies plan s mod c of the variant with the penalties the schedule adds to update s.
     */
    private List<Phase> jointPhases(Traced t, PlayerUpdates.Joint joint) {
        if (config.discriminatorSteps() != 1) {
            throw new GanException("a joint optimizer moves both players in one game step, so critic steps = "
                    + config.discriminatorSteps() + " cannot be honoured; use 1");
        }
        List<CompiledStep> steps = new ArrayList<>();
        int cycle = 0;
        for (int variant = 0; variant < schedule.variants(); variant++) {
            Ops ops = tracingOps(t.ops(), variant, "the joint optimizer");
            DiscriminatorObjective d = t.discriminator().get(variant);
            List<UpdatePlan> plans = joint.optimizer().update(ops, new Game(ops.neg(d.loss()), t.gVars(), t.dVars()));
            if (plans.isEmpty()) {
                throw new GanException("the joint optimizer returned no update plan; it must return at least one");
            }
            if (variant > 0 && plans.size() != cycle) {
                throw new GanException("the joint optimizer returned " + cycle + " update plans when first traced and "
                        + plans.size() + " when traced again for lazy regularization; it must return as many each time");
            }
            cycle = plans.size();
            for (int i = 0; i < plans.size(); i++) {
                UpdatePlan plan = merge(merge(constrained(ops, plans.get(i), t.dVars()), t.discriminatorWrites()),
                        t.generatorWrites());
                if (average != null) {
                    plan = average.following(ops, plan);
                }
                Map<String, Tensor> fetches = new LinkedHashMap<>(d.fetches());
                fetches.putAll(t.gFetches());
                fetches.putAll(plan.metrics());
                steps.add(computation.compile(new StepDefinition("game" + i + d.suffix(), plan.assignments(), fetches)));
            }
        }
        int plansPerVariant = cycle;
        return List.of(new Phase(steps, run -> schedule.variantOf(run) * plansPerVariant + (int) (run % plansPerVariant), 1,
                true));
    }

    /** @return the ops G samples through: with the averaged weights when the configuration keeps an average */
    private Ops samplingOps(Ops ops) {
        return average == null ? ops : average.averaged(ops);
    }

    /** Applies every regularizer's constraint to the writes of D's variables, and leaves the others alone. */
    private UpdatePlan constrained(Ops ops, UpdatePlan plan, List<Variable> dVars) {
        List<Assignment> discriminator = new ArrayList<>();
        List<Assignment> others = new ArrayList<>();
        for (Assignment a : plan.assignments()) {
            (dVars.contains(a.target()) ? discriminator : others).add(a);
        }
        UpdatePlan constrained = new UpdatePlan(discriminator, plan.metrics());
        for (Regularizer r : setup.regularizers()) {
            constrained = r.constrain(ops, constrained);
        }
        return merge(constrained, new UpdatePlan(others, Map.of()));
    }

    private static UpdatePlan merge(UpdatePlan a, UpdatePlan b) {
        List<Assignment> assignments = new ArrayList<>(a.assignments());
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
     * @param userListeners notified of progress (a {@link SolverCapWarning} listens too)
     * @return the number of steps done in total
     * @throws NonFiniteValueException when a loss or gradient norm is NaN or infinite
     * @throws DivergenceException when a loss exceeds the configuration's divergence limit
     */
    public long train(List<TrainingListener> userListeners) {
        return train(userListeners, new StopRequest());
    }

    /**
     * Runs the remaining steps, or fewer when a stop is requested. The request is checked before each step (the
     * first included); once it is made, the step in progress and its listeners finish and the loop ends as after its
     * last step: listeners get {@code onEnd}, with no final {@code onSamples} unless that step was due one.
     *
     * @param userListeners notified of progress (a {@link SolverCapWarning} listens too)
     * @param stop checked between steps
     * @return the number of steps done in total: {@link TrainingConfig#steps()}, or fewer when stopped on request
     * @throws NonFiniteValueException when a loss or gradient norm is NaN or infinite
     * @throws DivergenceException when a loss exceeds the configuration's divergence limit
     */
    public long train(List<TrainingListener> userListeners, StopRequest stop) {
        List<TrainingListener> listeners = new ArrayList<>(userListeners);
        listeners.add(new SolverCapWarning());
        String backend = setup.backend().description();
        listeners.forEach(l -> l.onStart(config, backend));
        long start = System.nanoTime();
        while (completedSteps < config.steps() && !stop.isRequested()) {
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
     * Runs one training step: each phase in order (with separate optimizers, {@code discriminatorSteps} D steps
     * and then one G step; with a joint optimizer, one game step). Each run that draws data takes the next batch
     * and the others reuse the last one; step s uses batches s·B … s·B + B − 1 and ticks s·R … s·R + R − 1, where
     * B runs per step draw data and R runs are made in all, so any step can be replayed exactly.
     *
     * @return what the step reported
     * @throws NonFiniteValueException when a loss or gradient norm is NaN or infinite
     * @throws DivergenceException when a loss exceeds the configuration's divergence limit
     */
    public StepMetrics step() {
        long step = completedSteps;
        long stepStart = System.nanoTime();
        Map<String, Double> values = new LinkedHashMap<>();
        Batch real = null;
        int batch = 0;
        int run = 0;
        for (Phase phase : phases) {
            for (int k = 0; k < phase.repeats(); k++) {
                CompiledStep compiled = phase.steps().get(phase.choice().applyAsInt(step * phase.repeats() + k));
                if (phase.drawsData() || real == null) {
                    real = setup.data().batch(step * batchesPerStep + batch++);
                }
                scalars(computation.run(compiled, feeds(real), step * runsPerStep + run++), values);
            }
        }
        completedSteps++;
        StepMetrics metrics = new StepMetrics(step, values, (System.nanoTime() - stepStart) / 1e6);
        checkGuards(metrics);
        return metrics;
    }

    /** @return each input's value from the batch */
    private Map<Tensor, HostTensor> feeds(Batch batch) {
        Map<Tensor, HostTensor> feeds = new LinkedHashMap<>();
        inputs.forEach((name, input) -> {
            HostTensor part = batch.parts().get(name);
            if (part == null) {
                throw new GanException("the data's batch lacks the part '" + name + "' its parts() promised; it has "
                        + batch.parts().keySet());
            }
            feeds.put(input, part);
        });
        return feeds;
    }

    /**
     * One part of a training step.
     *
     * @param steps the compiled steps it chooses from
     * @param choice the index in {@code steps} of the step that the phase's run n makes, n counted from 0 over the
     *     whole training (n = s·repeats + k for run k of training step s), so a resumed run chooses as an
     *     uninterrupted one
     * @param repeats how many runs per training step
     * @param drawsData whether each run takes a fresh batch
     */
    private record Phase(List<CompiledStep> steps, LongToIntFunction choice, int repeats, boolean drawsData) {
    }

    private static void scalars(Map<String, HostTensor> fetched, Map<String, Double> into) {
        fetched.forEach((name, value) -> into.put(name, value.scalarValue()));
    }

    /** The NaN guard on every fetched value, then the divergence guard on the losses. */
    private void checkGuards(StepMetrics metrics) {
        metrics.values().forEach((name, value) -> {
            if (!Double.isFinite(value)) {
                throw new NonFiniteValueException(metrics.step(), name, value);
            }
        });
        metrics.values().forEach((name, value) -> {
            if (name.endsWith("_loss") && Math.abs(value) > config.divergenceLimit()) {
                throw new DivergenceException(metrics.step(), name, value, config.divergenceLimit());
            }
        });
    }

    /** @return samples from the fixed evaluation noise, [evaluationSamples, sampleShape...] */
    public HostTensor sample() {
        return draws.fixed();
    }

    /**
     * Draws many samples for metrics such as FID, in inference mode, from a noise stream of their own, so the same
     * model always gives the same samples ({@link GeneratorSampler} draws the same from the model's checkpoint).
     *
     * @param count how many, ≥ 1
     * @return [count, sampleShape...]
     */
    public HostTensor generate(int count) {
        return draws.generate(count);
    }

    /**
     * Reads every variable: model weights, optimizer slots and counters, weight-transform state. With the step
     * count this is everything a run needs to continue exactly, since batches and noise are keyed by step.
     *
     * @return each variable's value by name, in order of creation
     */
    public Map<String, HostTensor> state() {
        Map<String, HostTensor> values = new LinkedHashMap<>();
        for (Variable v : computation.variables()) {
            values.put(v.name(), computation.read(v));
        }
        return values;
    }

    /**
     * The weights G samples with, for an export: {@link #state()}, with each of G's weights replaced by its average
     * when the configuration keeps one ({@link TrainingConfig#generatorAverage()}), computed as sampling computes it.
     *
     * @return each variable's value by name, in order of creation
     */
    public Map<String, HostTensor> samplingState() {
        Map<String, HostTensor> values = state();
        if (average != null) {
            if (averageStep == null) {
                averageStep = computation.compile(new StepDefinition("average", List.of(),
                        average.averagedWeights(computation.ops())));
            }
            values.putAll(computation.run(averageStep, Map.of(), EVALUATION_TICK));
        }
        return values;
    }

    /**
     * Continues a run from a saved state. Callers check that the state fits this trainer's variables first
     * ({@link org.gan4j.core.checkpoint.Checkpoint#restoreInto} does).
     *
     * @param steps the training steps the state was taken after
     * @param values every variable's value by name, as {@link #state()} returns them
     */
    public void restore(long steps, Map<String, HostTensor> values) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps done must be >= 0, got " + steps);
        }
        Map<String, Variable> byName = new LinkedHashMap<>();
        computation.variables().forEach(v -> byName.put(v.name(), v));
        if (!byName.keySet().equals(values.keySet())) {
            throw new GanException("the state's variables " + values.keySet() + " are not this trainer's "
                    + byName.keySet() + "; restore through Checkpoint.restoreInto, which says which differ");
        }
        values.forEach((name, value) -> computation.write(byName.get(name), value));
        completedSteps = steps;
    }

    /**
     * What the backend fused in each compiled training step ({@link CompiledStep#fusions()}), such as one
     * {@code ApplyAdam} per weight: a fusion that stops happening shows here.
     *
     * @return each step's fusions, by the step's name, in the order the steps run
     */
    public Map<String, List<String>> fusions() {
        Map<String, List<String>> fusions = new LinkedHashMap<>();
        phases.forEach(phase -> phase.steps().forEach(step -> fusions.put(step.name(), step.fusions())));
        return fusions;
    }

    /** @return the parts it trains */
    public GanSetup setup() {
        return setup;
    }

    /** @return the schedule */
    public TrainingConfig config() {
        return config;
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
