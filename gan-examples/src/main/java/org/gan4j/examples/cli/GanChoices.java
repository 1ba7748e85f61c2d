package org.gan4j.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.role.Regularizer;
import org.gan4j.core.data.BatchSource;
import org.gan4j.core.registry.PluginRegistry;
import org.gan4j.core.registry.ProviderKind;
import org.gan4j.core.registry.ProviderSpec;
import org.gan4j.core.train.GanSetup;
import org.gan4j.core.train.PlayerUpdates;

/**
 * The providers a user chose on the command line, and how they become a {@link GanSetup}.
 *
 * @param backend the backend's spec, {@code id[:key=value,...]} (such as {@code tensorflow:intra-op-threads=2}), or
 *     empty for the highest-priority backend with its defaults
 * @param generator generator spec
 * @param discriminator discriminator spec
 * @param loss loss spec
 * @param regularizers regularizer specs, applied in order
 * @param discriminatorOptimizer D's optimizer spec
 * @param generatorOptimizer G's optimizer spec
 * @param simultaneous whether separate optimizers update both players from the same point in one run (true) or
 *     alternate (false); a joint optimizer ignores it
 */
record GanChoices(Optional<String> backend, ProviderSpec generator, ProviderSpec discriminator, ProviderSpec loss,
        List<ProviderSpec> regularizers, ProviderSpec discriminatorOptimizer, ProviderSpec generatorOptimizer,
        boolean simultaneous) {
    /** The value of {@code --updates} that alternates, and the one that updates simultaneously. */
    static final String ALTERNATING = "alternating";
    static final String SIMULTANEOUS = "simultaneous";

    /**
     * @param registry where providers come from
     * @param data the real batches
     * @return the composed GAN
     */
    GanSetup assemble(PluginRegistry registry, BatchSource data) {
        List<Regularizer> regs = new ArrayList<>();
        for (ProviderSpec r : regularizers) {
            regs.add(registry.require(ProviderKind.REGULARIZER, r.id()).create(r.settings()));
        }
        Optional<ProviderSpec> backendSpec = backend.map(ProviderSpec::parse);
        return new GanSetup(registry.select(ProviderKind.BACKEND, backendSpec.map(ProviderSpec::id))
                        .create(backendSpec.map(ProviderSpec::settings).orElse(Hyperparameters.empty())),
                registry.require(ProviderKind.GENERATOR, generator.id()).create(data.sampleShape(), generator.settings()),
                registry.require(ProviderKind.DISCRIMINATOR, discriminator.id()).create(data.sampleShape(), discriminator.settings()),
                registry.require(ProviderKind.LOSS, loss.id()).create(loss.settings()), regs, updates(registry), data);
    }

    /**
     * @param registry where providers come from
     * @param sampleShape the shape of one sample
     * @return a new generator of the chosen architecture, its variables not created yet
     */
    org.gan4j.api.role.Generator newGenerator(PluginRegistry registry, org.gan4j.api.tensor.Shape sampleShape) {
        return registry.require(ProviderKind.GENERATOR, generator.id()).create(sampleShape, generator.settings());
    }

    /**
     * Separate optimizers (alternating or simultaneous), or one joint optimizer when the chosen id is one (given
     * once, for both players).
     */
    private PlayerUpdates updates(PluginRegistry registry) {
        boolean dJoint = registry.has(ProviderKind.JOINT_OPTIMIZER, discriminatorOptimizer.id());
        boolean gJoint = registry.has(ProviderKind.JOINT_OPTIMIZER, generatorOptimizer.id());
        if (dJoint || gJoint) {
            if (!discriminatorOptimizer.equals(generatorOptimizer)) {
                throw new InvalidArgumentException("--d-optimizer/--g-optimizer",
                        discriminatorOptimizer + " / " + generatorOptimizer,
                        "a joint optimizer moves both players together; give it once, with --optimizer");
            }
            return new PlayerUpdates.Joint(registry.require(ProviderKind.JOINT_OPTIMIZER, generatorOptimizer.id())
                    .create(generatorOptimizer.settings()));
        }
        for (ProviderSpec spec : List.of(discriminatorOptimizer, generatorOptimizer)) {
            registry.requireKnown(spec.id(), ProviderKind.OPTIMIZER, ProviderKind.JOINT_OPTIMIZER);
        }
        var d = registry.require(ProviderKind.OPTIMIZER, discriminatorOptimizer.id()).create(discriminatorOptimizer.settings());
        var g = registry.require(ProviderKind.OPTIMIZER, generatorOptimizer.id()).create(generatorOptimizer.settings());
        return simultaneous ? new PlayerUpdates.Simultaneous(d, g) : new PlayerUpdates.Separate(d, g);
    }


    /**
     * @param registry where the providers come from
     * @return each chosen provider's id and version, keyed {@code version.<role>}, for checkpoint manifests
     */
    java.util.SortedMap<String, String> versions(PluginRegistry registry) {
        java.util.SortedMap<String, String> versions = new java.util.TreeMap<>();
        org.gan4j.api.spi.BackendProvider chosenBackend = registry.select(ProviderKind.BACKEND,
                backend.map(spec -> ProviderSpec.parse(spec).id()));
        versions.put("version.backend", chosenBackend.id() + " " + chosenBackend.version());
        versions.put("version.generator", versionOf(registry, ProviderKind.GENERATOR, generator));
        versions.put("version.discriminator", versionOf(registry, ProviderKind.DISCRIMINATOR, discriminator));
        versions.put("version.loss", versionOf(registry, ProviderKind.LOSS, loss));
        for (int i = 0; i < regularizers.size(); i++) {
            versions.put("version.regularizer." + i, versionOf(registry, ProviderKind.REGULARIZER, regularizers.get(i)));
        }
        for (ProviderSpec o : List.of(discriminatorOptimizer, generatorOptimizer)) {
            ProviderKind<? extends org.gan4j.api.spi.Provider> kind = registry.has(ProviderKind.JOINT_OPTIMIZER, o.id())
                    ? ProviderKind.JOINT_OPTIMIZER : ProviderKind.OPTIMIZER;
            versions.put("version.optimizer." + o.id(), versionOf(registry, kind, o));
        }
        return versions;
    }

    private static String versionOf(PluginRegistry registry, ProviderKind<? extends org.gan4j.api.spi.Provider> kind,
            ProviderSpec spec) {
        return spec.id() + " " + registry.require(kind, spec.id()).version();
    }

    /** @return one line for summaries */
    String describe() {
        return "loss=" + loss + " regularizers=" + regularizers + " d_optimizer=" + discriminatorOptimizer
                + " g_optimizer=" + generatorOptimizer + " updates=" + (simultaneous ? SIMULTANEOUS : ALTERNATING)
                + " generator=" + generator + " discriminator=" + discriminator;
    }
}
