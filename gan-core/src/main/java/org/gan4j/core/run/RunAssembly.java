package org.gan4j.core.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.gan4j.api.GanException;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Augmentation;
import org.gan4j.api.role.Discriminator;
import org.gan4j.api.role.Generator;
import org.gan4j.api.role.Loss;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.role.Regularizer;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.BackendProvider;
import org.gan4j.api.spi.Provider;
import org.gan4j.api.tensor.Shape;
import org.gan4j.core.data.BatchSource;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.data.Dataset;
import org.gan4j.core.data.ImageSplits;
import org.gan4j.core.eval.FrozenClassifier;
import org.gan4j.core.eval.FeatureSource;
import org.gan4j.core.eval.ImageScoring;
import org.gan4j.core.eval.SavedModelContract;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.registry.ProviderSpec;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.PlayerUpdates;

/**
 * Turns a {@link RunDescription} into role objects, through the providers of a {@link PluginRegistry}: the one
 * place where specs become a backend, networks, a loss, regularizers, optimizers and an augmentation. The command line, Guice,
 * {@code gan study} and {@code gan eval} all assemble here. Each call makes new objects (a network's variables
 * belong to the computation it is first traced in). When a provider refuses a spec, or no provider has its id, the
 * {@link InvalidRunOptionException} names the option the spec was given with ({@code --optimizer} for both players'
 * optimizers when that shortcut set them) and keeps the provider's message.
 */
public final class RunAssembly {
    private final RunDescription run;
    private final PluginRegistry registry;
    /** The image splits once {@link #scoring()} has read them, so that {@link #data()} does not read them again. */
    private ImageSplits splits;

    /**
     * @param run the description
     * @param registry where the providers come from
     */
    public RunAssembly(RunDescription run, PluginRegistry registry) {
        this.run = run;
        this.registry = registry;
    }

    /** @return the description */
    public RunDescription run() {
        return run;
    }

    /** @return the backend, with the settings of {@link RunOptions#BACKEND} */
    public Backend backend() {
        ProviderSpec spec = run.get(RunOptions.BACKEND);
        return naming(RunOptions.BACKEND, spec, () -> backendProvider().create(spec == null ? Hyperparameters.empty()
                : spec.settings()));
    }

    private BackendProvider backendProvider() {
        ProviderSpec spec = run.get(RunOptions.BACKEND);
        return registry.select(ProviderKind.BACKEND, Optional.ofNullable(spec).map(ProviderSpec::id));
    }

    /** @return the real batches; close them when they are {@link AutoCloseable} */
    public BatchSource data() {
        if (splits != null) {
            return Dataset.Images.batches(splits.train(), run.get(RunOptions.BATCH_SIZE), run.get(RunOptions.SEED));
        }
        return run.dataset().batches(run.get(RunOptions.BATCH_SIZE), run.get(RunOptions.SEED));
    }

    /**
     * @param sampleShape the shape of one sample
     * @return a new generator
     */
    public Generator generator(Shape sampleShape) {
        ProviderSpec spec = run.get(RunOptions.GENERATOR);
        return naming(RunOptions.GENERATOR, spec, () -> registry.require(ProviderKind.GENERATOR, spec.id())
                .create(sampleShape, spec.settings()));
    }

    /**
     * @param sampleShape the shape of one sample
     * @return a new discriminator
     */
    public Discriminator discriminator(Shape sampleShape) {
        ProviderSpec spec = run.get(RunOptions.DISCRIMINATOR);
        return naming(RunOptions.DISCRIMINATOR, spec, () -> registry.require(ProviderKind.DISCRIMINATOR, spec.id())
                .create(sampleShape, spec.settings()));
    }

    /** @return the loss */
    public Loss loss() {
        ProviderSpec spec = run.get(RunOptions.LOSS);
        return naming(RunOptions.LOSS, spec, () -> registry.require(ProviderKind.LOSS, spec.id()).create(spec.settings()));
    }

    /** @return the regularizers, in order */
    public List<Regularizer> regularizers() {
        List<Regularizer> regularizers = new ArrayList<>();
        for (ProviderSpec spec : run.get(RunOptions.REGULARIZERS)) {
            regularizers.add(naming(RunOptions.REGULARIZERS, spec,
                    () -> registry.require(ProviderKind.REGULARIZER, spec.id()).create(spec.settings())));
        }
        return regularizers;
    }

    /**
     * @param sampleShape the shape of one sample
     * @return the augmentation of {@link RunOptions#AUGMENT}, or empty for none
     */
    public Optional<Augmentation> augmentation(Shape sampleShape) {
        ProviderSpec spec = run.get(RunOptions.AUGMENT);
        return Optional.ofNullable(spec).map(s -> naming(RunOptions.AUGMENT, s,
                () -> registry.require(ProviderKind.AUGMENTATION, s.id()).create(sampleShape, s.settings())));
    }

    /**
     * Separate optimizers (alternating or simultaneous, as {@link RunOptions#UPDATES} says), or one joint optimizer
     * when the chosen id is one, given for both players.
     *
     * @return how the players are updated
     * @throws InvalidRunOptionException when a joint optimizer is given for one player only
     */
    public PlayerUpdates updates() {
        if (usesJointOptimizer()) {
            ProviderSpec g = run.get(RunOptions.G_OPTIMIZER);
            return new PlayerUpdates.Joint(naming(source(RunOptions.G_OPTIMIZER), g,
                    () -> registry.require(ProviderKind.JOINT_OPTIMIZER, g.id()).create(g.settings())));
        }
        return updates(discriminatorOptimizer(), generatorOptimizer());
    }

    /**
     * @return whether the chosen optimizer is a joint one, which moves both players in one game step
     * @throws InvalidRunOptionException when a joint optimizer is given for one player only
     */
    public boolean usesJointOptimizer() {
        ProviderSpec d = run.get(RunOptions.D_OPTIMIZER);
        ProviderSpec g = run.get(RunOptions.G_OPTIMIZER);
        if ((isJoint(d) || isJoint(g)) && !d.equals(g)) {
            throw new InvalidRunOptionException(List.of(RunOptions.D_OPTIMIZER.key(), RunOptions.G_OPTIMIZER.key()),
                    d + " / " + g, "a joint optimizer moves both players together; give it once, with ${optimizer}");
        }
        return isJoint(g);
    }

    /**
     * @param discriminator D's update rule
     * @param generator G's update rule
     * @return the two, alternating or simultaneous as {@link RunOptions#UPDATES} says
     */
    public PlayerUpdates updates(Optimizer discriminator, Optimizer generator) {
        return run.get(RunOptions.UPDATES) == UpdateScheme.SIMULTANEOUS
                ? new PlayerUpdates.Simultaneous(discriminator, generator)
                : new PlayerUpdates.Separate(discriminator, generator);
    }

    /** @return the discriminator's optimizer ({@link RunOptions#D_OPTIMIZER}), which must not be a joint one */
    public Optimizer discriminatorOptimizer() {
        return optimizer(RunOptions.D_OPTIMIZER);
    }

    /** @return the generator's optimizer ({@link RunOptions#G_OPTIMIZER}), which must not be a joint one */
    public Optimizer generatorOptimizer() {
        return optimizer(RunOptions.G_OPTIMIZER);
    }

    private boolean isJoint(ProviderSpec spec) {
        return registry.has(ProviderKind.JOINT_OPTIMIZER, spec.id());
    }

    private Optimizer optimizer(RunOption<ProviderSpec> player) {
        ProviderSpec spec = run.get(player);
        return naming(source(player), spec, () -> {
            registry.requireKnown(spec.id(), ProviderKind.OPTIMIZER, ProviderKind.JOINT_OPTIMIZER);
            return registry.require(ProviderKind.OPTIMIZER, spec.id()).create(spec.settings());
        });
    }

    /**
     * @param player {@link RunOptions#D_OPTIMIZER} or {@link RunOptions#G_OPTIMIZER}
     * @return the option the player's optimizer was given with: {@link RunOptions#OPTIMIZER}, the shortcut for both,
     *     unless the player's own was set or came from the recipe
     */
    private RunOption<?> source(RunOption<ProviderSpec> player) {
        return !run.given(player) && !run.fromRecipe().contains(player) && run.given(RunOptions.OPTIMIZER)
                ? RunOptions.OPTIMIZER : player;
    }

    /**
     * Makes a provider's object from the spec of an option; when the spec's id is unknown or the provider refuses its
     * settings, the error names the option and the spec, and keeps the provider's message.
     */
    private static <T> T naming(RunOption<?> option, ProviderSpec spec, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidRunOptionException e) {
            throw e;
        } catch (GanException e) {
            if (spec == null) {
                throw e; // no spec was given: the error is not about one (no backend found, say)
            }
            throw new InvalidRunOptionException(option, spec, e);
        }
    }

    /**
     * @param data the real batches, whose sample shape the networks take
     * @return every part, new
     * @throws InvalidRunOptionException when {@link RunOptions#EVAL_EVERY} asks for image scores of images the
     *     frozen classifier does not take
     */
    public GanSetup setup(BatchSource data) {
        Shape sample = data.sampleShape();
        return new GanSetup(backend(), generator(sample), discriminator(sample), loss(), regularizers(), updates(), data,
                run.get(RunOptions.NOISE), augmentation(sample));
    }

    /**
     * With {@link RunOptions#EVAL_EVERY}: the features that score the run (a SavedModel's, {@link RunOptions#FEATURES};
     * else a classifier's, {@link RunOptions#CLASSIFIER} or the shipped Fashion-MNIST one) and the run's images,
     * checked to fit, so that data the classifier was not made for is refused before anything is trained or written,
     * instead of being scored with meaningless features. A SavedModel is loaded and called once on a batch of zeros
     * for the check ({@link org.gan4j.core.eval.SavedModelFeatures#open}), so a contract that does not fit it is
     * refused here too.
     *
     * @return what the run's image scores need, or empty when the run is not scored while it trains
     * @throws InvalidRunOptionException naming {@code eval_every}, {@code classifier} or {@code features}, what
     *     differs and the remedy
     */
    public Optional<ImageScoring> scoring() {
        long evalEvery = run.get(RunOptions.EVAL_EVERY);
        if (evalEvery == 0) {
            return Optional.empty();
        }
        Path features = run.get(RunOptions.FEATURES);
        if (features != null) {
            return Optional.of(savedModelScoring(features));
        }
        Path given = run.get(RunOptions.CLASSIFIER);
        Checkpoint classifier;
        try {
            classifier = given == null ? FrozenClassifier.shipped() : FrozenClassifier.load(given);
        } catch (GanException e) {
            throw new InvalidRunOptionException(RunOptions.CLASSIFIER, given, e);
        }
        splits = ((Dataset.Images) run.dataset()).load();
        return Optional.of(ImageScoring.of(new FeatureSource.Classifier(classifier), splits, reason -> given == null
                ? new InvalidRunOptionException(RunOptions.EVAL_EVERY, evalEvery, reason + "; train a classifier on the "
                        + "run's data (gan classifier --data DIR --out DIR) and give its folder to ${classifier}, or "
                        + "leave ${eval_every} out")
                : new InvalidRunOptionException(RunOptions.CLASSIFIER, given, reason + "; give ${classifier} one trained "
                        + "on the run's data by gan classifier --data DIR")));
    }

    private ImageScoring savedModelScoring(Path features) {
        FeatureSource source;
        try {
            source = new FeatureSource.SavedModel(SavedModelContract.read(features));
        } catch (GanException e) {
            throw new InvalidRunOptionException(RunOptions.FEATURES, features, e);
        }
        splits = ((Dataset.Images) run.dataset()).load();
        ImageScoring scoring = ImageScoring.of(source, splits,
                reason -> new InvalidRunOptionException(RunOptions.FEATURES, features, reason));
        Backend backend = backend();
        try {
            source.open(backend).close(); // loaded and called once: the contract fits the network
        } catch (GanException e) {
            throw new InvalidRunOptionException(RunOptions.FEATURES, features, e);
        }
        return scoring;
    }

    /**
     * @param data the real batches
     * @return a trainer of the described run, compiled
     */
    public GanTrainer trainer(BatchSource data) {
        return new GanTrainer(setup(data), run.trainingConfig());
    }

    /**
     * @return each chosen provider's id and version, keyed {@code version.<role>}, beside the description in a
     *     checkpoint's manifest
     */
    public SortedMap<String, String> versions() {
        SortedMap<String, String> versions = new TreeMap<>();
        versions.put("version.backend", versionOf(backendProvider()));
        versions.put("version.generator", versionOf(ProviderKind.GENERATOR, run.get(RunOptions.GENERATOR)));
        versions.put("version.discriminator", versionOf(ProviderKind.DISCRIMINATOR, run.get(RunOptions.DISCRIMINATOR)));
        versions.put("version.loss", versionOf(ProviderKind.LOSS, run.get(RunOptions.LOSS)));
        List<ProviderSpec> regularizers = run.get(RunOptions.REGULARIZERS);
        for (int i = 0; i < regularizers.size(); i++) {
            versions.put("version.regularizer." + i, versionOf(ProviderKind.REGULARIZER, regularizers.get(i)));
        }
        ProviderSpec augment = run.get(RunOptions.AUGMENT);
        if (augment != null) {
            versions.put("version.augmentation", versionOf(ProviderKind.AUGMENTATION, augment));
        }
        for (ProviderSpec o : List.of(run.get(RunOptions.D_OPTIMIZER), run.get(RunOptions.G_OPTIMIZER))) {
            versions.put("version.optimizer." + o.id(), versionOf(isJoint(o) ? ProviderKind.JOINT_OPTIMIZER
                    : ProviderKind.OPTIMIZER, o));
        }
        return versions;
    }

    /** @return what a checkpoint's manifest stores under {@code run.*}: the description and the providers' versions */
    public SortedMap<String, String> manifest() {
        SortedMap<String, String> entries = run.toMap();
        entries.putAll(versions());
        return entries;
    }

    private String versionOf(ProviderKind<? extends Provider> kind, ProviderSpec spec) {
        return versionOf(registry.require(kind, spec.id()));
    }

    private static String versionOf(Provider provider) {
        return provider.id() + " " + provider.version();
    }
}
